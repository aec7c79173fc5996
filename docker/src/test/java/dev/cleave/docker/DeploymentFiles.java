package dev.cleave.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.cleave.node.config.ServiceConfig;
import dev.cleave.node.config.ServiceConfigLoader;

/** Reads the deployment files of the repository as a person's tools would: YAML, service files, the Dockerfile. */
final class DeploymentFiles {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DEMO = ROOT.resolve("demo-comic-app");
    /** JVM flags belong in runtime/jvm.properties only (read by the image's entry point), never in a deployment file. */
    static final List<String> JVM_FLAG_MARKS = List.of("-XX:", "--add-opens", "--add-exports", "--add-modules",
            "--enable-native-access", "--upgrade-module-path", "-Xmx", "-Xms", "EnableJVMCI");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeploymentFiles() {}

    /** A YAML file with its anchors and merge keys ({@code <<: *node}) applied, as Docker Compose reads it. */
    static JsonNode yaml(Path file) {
        List<JsonNode> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + " has " + documents.size() + " YAML documents, not one");
        }
        return documents.getFirst();
    }

    /** Every document of a multi-document YAML file. */
    static List<JsonNode> yamlDocuments(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text(file))) {
            documents.add(JSON.valueToTree(document));
        }
        return documents;
    }

    static ObjectNode json(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid JSON", e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service file as the node reads it, with the given variables set and {@link #TRUST_KEY}. */
    static ServiceConfig serviceConfig(Path file, Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(TRUST_KEY);
        all.putAll(variables);
        return new ServiceConfigLoader(all, Map.of()).load(file);
    }

    /** The demo's request body limit, as {@code ./cleave demo} passes it ({@code DEMO_BODY_LIMIT} of the launcher). */
    static String demoBodyLimit() {
        Matcher matcher = Pattern.compile("(?m)^DEMO_BODY_LIMIT=(\\d+)").matcher(text(ROOT.resolve("cleave")));
        if (!matcher.find()) {
            throw new AssertionError("no DEMO_BODY_LIMIT in ./cleave");
        }
        return matcher.group(1);
    }

    /** The path of {@code --service=...} among a container's arguments. */
    static String serviceArgument(JsonNode args) {
        for (JsonNode arg : args) {
            if (arg.asText().startsWith("--service=")) {
                return arg.asText().substring("--service=".length());
            }
        }
        throw new AssertionError("no --service= argument in " + args);
    }

    /** The service file with the keys that differ between places (url, cluster, the role's trustKey) taken out. */
    static ObjectNode withoutNetwork(Path file) {
        ObjectNode tree = json(file);
        tree.remove(List.of("url", "cluster"));
        for (String role : List.of("standalone", "worker", "gateway")) {
            if (tree.get(role) instanceof ObjectNode section) {
                section.remove("trustKey");
            }
        }
        return tree;
    }

    /** The trust key a deployment gives its nodes in {@code CLEAVE_TRUST_KEY}, as a test sets it. */
    static final Map<String, String> TRUST_KEY = Map.of("CLEAVE_TRUST_KEY", "deployment-files-0123456789abcdef0123456789");

    /** The segment names of the demo (its segment files). */
    static List<String> demoSegments() {
        try (Stream<Path> files = Files.list(DEMO.resolve("segments"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stage names of the Dockerfile ({@code FROM ... AS name}). */
    static List<String> dockerStages() {
        Matcher matcher = Pattern.compile("(?m)^FROM \\S+ AS (\\S+)$").matcher(text(ROOT.resolve("docker/Dockerfile")));
        List<String> stages = new ArrayList<>();
        while (matcher.find()) {
            stages.add(matcher.group(1));
        }
        return stages;
    }
}
