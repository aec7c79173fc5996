package dev.cleave.docker;

import static dev.cleave.docker.DeploymentFiles.DEMO;
import static dev.cleave.docker.DeploymentFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cleave.node.config.ServiceConfig;

/** docker/compose.yaml: the comic demo as a cluster, checked without a Docker engine. */
class ComposeFileTest {
    private static final Path COMPOSE = ROOT.resolve("docker/compose.yaml");
    private final JsonNode compose = DeploymentFiles.yaml(COMPOSE);

    private List<String> services() {
        List<String> names = new ArrayList<>();
        compose.get("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void buildsTheComicTargetOfTheNodeDockerfile() {
        for (String name : services()) {
            JsonNode build = compose.get("services").get(name).get("build");
            assertThat(build).as("service %s has a build section", name).isNotNull();
            assertThat(ROOT.resolve("docker").resolve(build.get("context").asText()).normalize()).isEqualTo(ROOT);
            assertThat(ROOT.resolve(build.get("dockerfile").asText())).isRegularFile();
            assertThat(DeploymentFiles.dockerStages()).contains(build.get("target").asText());
        }
        assertThat(DeploymentFiles.dockerStages()).as("docker build without --target gives the plain node").last()
                .isEqualTo("node");
    }

    @Test
    void startsEveryServiceWithAServiceFileOfTheDemoThatNamesItsOwnContainer() {
        List<String> names = services();
        assertThat(names).hasSize(3);
        for (String name : names) {
            JsonNode service = compose.get("services").get(name);
            Path file = DEMO.resolve(DeploymentFiles.serviceArgument(service.get("command")));
            assertThat(file).isRegularFile();
            assertThat(service.get("command").toString()).as("%s: the body limit of ./cleave demo (photos)", name)
                    .contains("\"--http-body-limit=" + DeploymentFiles.demoBodyLimit() + "\"");
            ServiceConfig config = DeploymentFiles.serviceConfig(file, Map.of());
            URI url = URI.create(config.url());
            assertThat(url.getHost()).as("%s: url host", file).isEqualTo(name).isEqualTo(service.get("hostname").asText());
            assertThat(url.getPort()).as("%s: the port the image's health check asks (CLEAVE_PORT)", file).isEqualTo(3000);
            assertThat(config.cluster().members()).as("%s: cluster.members", file).containsExactlyInAnyOrderElementsOf(names);
            assertThat(config.cluster().interfaceAddress()).as("%s: cluster.interface", file).isEqualTo(name);
        }
    }

    @Test
    void runsTheNodesOfTheDemosLocalClusterWithOnlyTheirAddressesChanged() {
        TreeSet<String> segments = new TreeSet<>();
        for (String name : services()) {
            Path file = DEMO.resolve(DeploymentFiles.serviceArgument(compose.get("services").get(name).get("command")));
            Path local = DEMO.resolve("services/cluster").resolve(file.getFileName());
            assertThat(local).as("the local cluster's file for %s", name).isRegularFile();
            assertThat(DeploymentFiles.withoutNetwork(file)).as(file.toString()).isEqualTo(DeploymentFiles.withoutNetwork(local));
            ServiceConfig config = DeploymentFiles.serviceConfig(file, Map.of());
            segments.addAll(config.standalone() != null ? config.standalone().segments() : config.worker().segments());
        }
        assertThat(segments).as("segments hosted by the cluster").containsExactlyElementsOf(DeploymentFiles.demoSegments());
    }

    @Test
    void givesEveryNodeTheTrustKeyFromTheEnvironmentAndStopsWithoutIt() {
        for (String name : services()) {
            JsonNode service = compose.get("services").get(name);
            assertThat(service.at("/environment/CLEAVE_TRUST_KEY").asText()).as("%s: CLEAVE_TRUST_KEY", name)
                    .startsWith("${CLEAVE_TRUST_KEY:?");
            Path file = DEMO.resolve(DeploymentFiles.serviceArgument(service.get("command")));
            ServiceConfig config = DeploymentFiles.serviceConfig(file, Map.of());
            assertThat(config.trustKey()).as("%s: the role's trustKey", file).isEqualTo(DeploymentFiles.TRUST_KEY.get("CLEAVE_TRUST_KEY"));
            assertThatThrownBy(() -> DeploymentFiles.serviceConfig(file, Map.of("CLEAVE_TRUST_KEY", "")))
                    .hasMessageContaining("trustKey' is empty");
        }
    }

    @Test
    void publishesTheEntryNodeOnly() {
        assertThat(compose.get("services").get("node1").get("ports").get(0).asText()).isEqualTo("3000:3000");
        assertThat(compose.get("services").get("node2").has("ports")).isFalse();
        assertThat(compose.get("services").get("node3").has("ports")).isFalse();
    }

    @Test
    void givesNodesTimeToDrainAndLeavesTheJvmFlagsToTheImage() {
        for (String name : services()) {
            String grace = compose.get("services").get(name).get("stop_grace_period").asText();
            assertThat(Integer.parseInt(grace.replace("s", ""))).as("stop_grace_period of %s, s", name).isGreaterThan(30);
        }
        assertThat(DeploymentFiles.text(COMPOSE)).doesNotContain(DeploymentFiles.JVM_FLAG_MARKS);
    }
}
