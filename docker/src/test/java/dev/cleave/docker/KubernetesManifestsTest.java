package dev.cleave.docker;

import static dev.cleave.docker.DeploymentFiles.DEMO;
import static dev.cleave.docker.DeploymentFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cleave.node.config.ServiceConfig;

/** docker/kubernetes/: the comic demo on Kubernetes, checked without a cluster. */
class KubernetesManifestsTest {
    private static final Path DIR = ROOT.resolve("docker/kubernetes");
    private static final Map<String, String> POD = Map.of("POD_IP", "10.42.0.7", "POD_NAMESPACE", "demo");
    private final List<JsonNode> resources = load();

    private static List<JsonNode> load() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode file : DeploymentFiles.yaml(DIR.resolve("kustomization.yaml")).get("resources")) {
            Path path = DIR.resolve(file.asText());
            assertThat(path).as("a resource of kustomization.yaml").isRegularFile();
            all.addAll(DeploymentFiles.yamlDocuments(path));
        }
        return all;
    }

    private List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind").asText())).toList();
    }

    private JsonNode service(String name) {
        return ofKind("Service").stream().filter(service -> name.equals(service.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + name));
    }

    private static JsonNode container(JsonNode deployment) {
        return deployment.at("/spec/template/spec/containers/0");
    }

    private static Path serviceFile(JsonNode deployment) {
        return DEMO.resolve(DeploymentFiles.serviceArgument(container(deployment).get("args")));
    }

    @Test
    void runsEachNodeOfTheDemosLocalClusterAsADeploymentWithOnlyItsAddressesChanged() {
        List<JsonNode> deployments = ofKind("Deployment");
        assertThat(deployments).hasSize(3);
        TreeSet<String> segments = new TreeSet<>();
        for (JsonNode deployment : deployments) {
            Path file = serviceFile(deployment);
            assertThat(file).isRegularFile();
            Path local = DEMO.resolve("services/cluster").resolve(file.getFileName());
            assertThat(DeploymentFiles.withoutNetwork(file)).as(file.toString()).isEqualTo(DeploymentFiles.withoutNetwork(local));
            ServiceConfig config = DeploymentFiles.serviceConfig(file, POD);
            segments.addAll(config.standalone() != null ? config.standalone().segments() : config.worker().segments());
        }
        assertThat(segments).as("segments hosted by the cluster").containsExactlyElementsOf(DeploymentFiles.demoSegments());
    }

    @Test
    void findsTheMembersThroughAHeadlessServiceOverEveryPod() {
        JsonNode members = service("comic-members");
        assertThat(members.at("/spec/clusterIP").asText()).isEqualTo("None");
        assertThat(members.at("/spec/publishNotReadyAddresses").asBoolean()).as("members find each other while starting").isTrue();
        assertThat(members.at("/spec/ports/0/port").asInt()).isEqualTo(5701);
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            members.at("/spec/selector").fields().forEachRemaining(selector ->
                    assertThat(labels.path(selector.getKey()).asText()).as("pod label %s", selector.getKey())
                            .isEqualTo(selector.getValue().asText()));
            ServiceConfig config = DeploymentFiles.serviceConfig(serviceFile(deployment), POD);
            assertThat(config.cluster().kubernetes().serviceDns()).isEqualTo("comic-members.demo.svc.cluster.local");
            assertThat(config.cluster().interfaceAddress()).isEqualTo("10.42.0.7");
            assertThat(container(deployment).get("ports").findValuesAsText("containerPort")).contains("5701");
        }
    }

    @Test
    void givesEveryPodItsAddressAndProbesThePortItsServiceFileNames() {
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode container = container(deployment);
            ServiceConfig config = DeploymentFiles.serviceConfig(serviceFile(deployment), POD);
            int port = URI.create(config.url()).getPort();
            assertThat(URI.create(config.url()).getHost()).isEqualTo("10.42.0.7");
            JsonNode http = null;
            for (JsonNode declared : container.get("ports")) {
                if ("http".equals(declared.get("name").asText())) {
                    http = declared;
                }
            }
            assertThat(http).isNotNull();
            assertThat(http.get("containerPort").asInt()).as("containerPort http = the service file's port").isEqualTo(port);
            assertThat(port).as("the image's health check asks port 3000 (CLEAVE_PORT)").isEqualTo(3000);
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/status");
            for (String probe : List.of("readinessProbe", "startupProbe", "livenessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).isEqualTo("http");
            }
            assertThat(container.get("args").toString()).as("the body limit of ./cleave demo (photos)")
                    .contains("\"--http-body-limit=" + DeploymentFiles.demoBodyLimit() + "\"");
            assertThat(env(container, "POD_IP")).isEqualTo("status.podIP");
            assertThat(env(container, "POD_NAMESPACE")).isEqualTo("metadata.namespace");
        }
    }

    @Test
    void stopsGracefullyAsTheImagesUserWithTheImagesJvmFlags() {
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.get("terminationGracePeriodSeconds").asInt()).as("drain time, s: more than the call timeout")
                    .isGreaterThan(30);
            assertThat(pod.at("/securityContext/runAsUser").asText()).as("the Dockerfile's USER")
                    .isEqualTo("10001");
            assertThat(DeploymentFiles.text(ROOT.resolve("docker/Dockerfile"))).contains("USER 10001");
            assertThat(container(deployment).get("image").asText()).startsWith("cleave-comic:");
            assertThat(container(deployment).has("command")).as("the image's entry point runs the node").isFalse();
        }
        for (JsonNode file : DeploymentFiles.yaml(DIR.resolve("kustomization.yaml")).get("resources")) {
            assertThat(DeploymentFiles.text(DIR.resolve(file.asText()))).doesNotContain(DeploymentFiles.JVM_FLAG_MARKS);
        }
    }

    @Test
    void givesEveryPodTheTrustKeyFromASecret() {
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode variable = null;
            for (JsonNode candidate : container(deployment).get("env")) {
                if ("CLEAVE_TRUST_KEY".equals(candidate.get("name").asText())) {
                    variable = candidate;
                }
            }
            assertThat(variable).as("CLEAVE_TRUST_KEY of %s", deployment.at("/metadata/name").asText()).isNotNull();
            assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("comic-trust-key");
            assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("trustKey");
            ServiceConfig config = DeploymentFiles.serviceConfig(serviceFile(deployment), POD);
            assertThat(config.trustKey()).isEqualTo(DeploymentFiles.TRUST_KEY.get("CLEAVE_TRUST_KEY"));
        }
    }

    @Test
    void admitsOnlyTheClustersOwnPodsToTheMemberPort() {
        List<JsonNode> policies = ofKind("NetworkPolicy");
        assertThat(policies).hasSize(1);
        JsonNode policy = policies.getFirst();
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            policy.at("/spec/podSelector/matchLabels").fields().forEachRemaining(selector ->
                    assertThat(labels.path(selector.getKey()).asText()).as("the policy selects %s", deployment.at("/metadata/name"))
                            .isEqualTo(selector.getValue().asText()));
        }
        assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress");
        JsonNode rules = policy.at("/spec/ingress");
        for (JsonNode rule : rules) {
            boolean memberPort = rule.get("ports").findValuesAsText("port").contains("hazelcast");
            if (memberPort) {
                assertThat(rule.at("/from/0/podSelector/matchLabels").toString()).as("who reaches port 5701")
                        .isEqualTo(policy.at("/spec/podSelector/matchLabels").toString());
                assertThat(rule.get("ports").findValuesAsText("port")).containsExactly("hazelcast");
            } else {
                assertThat(rule.get("ports").findValuesAsText("port")).as("open to all").containsExactly("http");
            }
        }
        assertThat(rules).hasSize(2);
    }

    @Test
    void letsBrowsersInThroughTheEntryNode() {
        JsonNode entry = service("comic");
        JsonNode node1 = ofKind("Deployment").stream()
                .filter(deployment -> serviceFile(deployment).getFileName().toString().equals("node1.json")).findFirst()
                .orElseThrow();
        entry.at("/spec/selector").fields().forEachRemaining(selector ->
                assertThat(node1.at("/spec/template/metadata/labels").path(selector.getKey()).asText())
                        .isEqualTo(selector.getValue().asText()));
        assertThat(entry.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode variable : container.get("env")) {
            if (name.equals(variable.get("name").asText())) {
                return variable.at("/valueFrom/fieldRef/fieldPath").asText();
            }
        }
        throw new AssertionError("no env " + name);
    }
}
