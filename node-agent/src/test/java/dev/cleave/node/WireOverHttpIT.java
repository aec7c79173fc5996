package dev.cleave.node;

import static dev.cleave.node.TestNodes.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.node.cli.StartOptions;

/**
 * The wire format and the error statuses over real HTTP, on a TypeScript app built by the
 * segmenter: values of every kind, a registered class, Jitar's errors, and a custom error thrown
 * in one segment and passed on by another.
 */
class WireOverHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SERIALIZED = {"x-jitar-data-encoding", "serialized", "content-type", "application/json"};
    @TempDir
    static Path dir;
    static NodeAgent node;
    static int port;

    @BeforeAll
    static void start() {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/wire").toAbsolutePath(), dir);
        port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, "", "standalone", "{}");
        node = NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(10)), release);
    }

    @AfterAll
    static void stop() {
        node.stop("test over");
    }

    /** The shared golden fixtures, less those that need the fixtures' own registered classes. */
    static Stream<Arguments> fixtures() throws IOException {
        JsonNode cases = JSON.readTree(Path.of("../browser-client/src/test/fixtures/wire.json").toFile()).get("cases");
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach(c -> {
            String wire = c.get("wire").toString();
            if (!wire.contains("geo/Point") && !wire.contains("account/Account")) {
                arguments.add(Arguments.of(c.get("name").asText(), c.get("wire")));
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sendsEachValueKindThereAndBack(String name, JsonNode wire) throws IOException {
        HttpResponse<String> response = post(port, "shapes/echo", "{\"value\":" + wire + "}", SERIALIZED);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(wire);
    }

    @Test
    void rebuildsARegisteredClassWithItsMethodsAndPrivateState() {
        String point = "{\"serialized\":true,\"name\":\"class\",\"key\":\"shapes/Point\",\"args\":{\"0\":3,\"1\":4,\"2\":\"q\"},\"fields\":{}}";
        assertThat(post(port, "shapes/describe", "{\"point\":" + point + "}", SERIALIZED).body()).isEqualTo("\"true 5 q\"");
        assertThat(post(port, "shapes/echo", "{\"value\":" + point + "}", SERIALIZED).body()).isEqualTo(point);
    }

    @Test
    void mapsEveryJitarErrorToItsStatus() {
        Map<String, Integer> statuses = Map.of("BadRequest", 400, "Unauthorized", 401, "PaymentRequired", 402,
                "Forbidden", 403, "NotFound", 404, "Teapot", 418, "TooManyRequests", 429, "NotImplemented", 501, "ServerError", 500);
        statuses.forEach((kind, status) -> {
            HttpResponse<String> plain = post(port, "stock/fail", "{\"kind\":\"" + kind + "\"}");
            assertThat(plain.statusCode()).as(kind).isEqualTo(status);
            assertThat(plain.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
            HttpResponse<String> serialized = post(port, "stock/fail", "{\"kind\":\"" + kind + "\"}", SERIALIZED);
            assertThat(serialized.body()).as(kind).contains("\"key\":\"cleave:" + kind + "\"");
        });
        HttpResponse<String> typeError = post(port, "stock/fail", "{\"kind\":\"TypeError\"}", SERIALIZED);
        assertThat(typeError.statusCode()).isEqualTo(500);
        // not one of the error classes: the caller gets a reference, the log has the error
        assertThat(typeError.body()).matches("\\{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:ServerError\","
                + "\"args\":\\{\"0\":\"Server error \\(reference [0-9a-f]{8}\\)\"},\"fields\":\\{}}");
    }

    @Test
    void passesACustomErrorOfAnotherSegmentOnAsItself() {
        String outOfStock = "{\"serialized\":true,\"name\":\"class\",\"key\":\"stock/OutOfStock\",\"args\":{\"0\":\"apples\"},\"fields\":{}}";
        HttpResponse<String> direct = post(port, "stock/fail", "{\"kind\":\"OutOfStock\"}", SERIALIZED);
        assertThat(direct.statusCode()).isEqualTo(400);
        assertThat(direct.body()).isEqualTo(outOfStock);
        HttpResponse<String> acrossSegments = post(port, "shapes/order", "{\"kind\":\"OutOfStock\"}", SERIALIZED);
        assertThat(acrossSegments.statusCode()).isEqualTo(400);
        assertThat(acrossSegments.body()).isEqualTo(outOfStock);
        assertThat(post(port, "shapes/order", "{\"kind\":\"OutOfStock\"}").body()).isEqualTo("apples is out of stock");
    }
}
