package dev.cleave.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one set of golden wire fixtures: {@code src/test/fixtures/wire.json}, read by runtime and node-agent too. */
final class WireFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path FILE = Path.of("src/test/fixtures/wire.json");

    private WireFixtures() {}

    /** Each case as (name, JavaScript expression, expected wire data). */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> arguments = new ArrayList<>();
        JSON.readTree(FILE.toFile()).get("cases")
                .forEach(c -> arguments.add(Arguments.of(c.get("name").asText(), c.get("js").asText(), c.get("wire"))));
        return arguments.stream();
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}
