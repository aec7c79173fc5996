package dev.cleave.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.node.execution.ProcedureGate;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Parameter;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.Version;

/**
 * The decoder's limits (docs/node.md, "Limits on decoded data") over real HTTP: bodies past them get
 * 400 with the decoder's message, soon, and the node answers the next call. Its own server (beside
 * RpcApiIT's) because these bodies are larger than RpcApiIT's 1 kB body limit.
 */
class DecodedDataIT {
    private static final Path APP = Path.of("src/test/resources/apps/limits").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Long for a 400 (a loaded 2-core machine); the work these bodies would cause without the limits is far longer. */
    private static final Duration SOON = Duration.ofSeconds(10);
    private static JsRuntime runtime;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        runtime = JsRuntime.create(RuntimeConfig.of(APP).withLoops(1));
        ProcedureCatalog catalog = new ProcedureCatalog(List.of(new Implementation("limits/echo", Version.ZERO, Access.PUBLIC,
                "main", "echo", "echo", List.of(Parameter.named("value")))), List.of());
        LocalInvoker invoker = new LocalInvoker(runtime, catalog, List.of(), Duration.ofSeconds(30));
        server = new HttpServer("127.0.0.1", 0, 1 << 20, new ProcedureGate(catalog, null), invoker, null, null, null, null,
                new BrowserPolicy(List.of(), null), null).start();
        assertThat(echo("{\"value\":\"warm\"}", false).statusCode()).as("the first call, which loads the procedure").isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
        runtime.close();
    }

    private static HttpResponse<String> echo(String body, boolean serialized) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/rpc/limits/echo"))
                .timeout(Duration.ofSeconds(30)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (serialized) {
            request.header("x-jitar-data-encoding", "serialized");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a body that must be refused: 400 within SOON, with the message; then a plain call still answers. */
    private static String refused(String body, boolean serialized) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = echo(body, serialized);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(took).as("answered within " + SOON).isLessThan(SOON);
        HttpResponse<String> next = echo("{\"value\":\"still here\"}", false);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("still here");
        return response.body();
    }

    @Test
    void refusesABigIntOf100000Digits() throws Exception {
        String body = "{\"value\":{\"user\":{\"id\":{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"" + "7".repeat(100_000) + "\"}}}}";
        assertThat(refused(body, true)).startsWith("{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:BadRequest\"")
                .contains("Serialized data refused at $.value.user.id: a BigInt of 100000 characters is over the limit of 4300 digits");
        assertThat(echo("{\"value\":{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"" + "7".repeat(4300) + "\"}}", true).statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesAProtoKey() throws Exception {
        String message = "Serialized data refused at $.value.__proto__: the key '__proto__' is refused (the keys __proto__,"
                + " constructor and prototype could change the prototype of the objects built from this data); rename the field";
        assertThat(refused("{\"value\":{\"__proto__\":{\"admin\":true}}}", false)).isEqualTo(message);
        assertThat(refused("{\"value\":{\"__proto__\":{\"admin\":true}}}", true)).contains(message);
    }

    @Test
    void refuses200000LevelsOfNestingBeforeParsingThem() throws Exception {
        String message = "Serialized data refused at $.value" + "[0]".repeat(63)
                + ": nesting deeper than the limit of 64 levels of arrays and objects";
        assertThat(refused("{\"value\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}", false)).isEqualTo(message);
        assertThat(refused("{\"value\":" + "[".repeat(200_000), true)).contains(message);
    }

    @Test
    void refusesMalformedEnvelopesWith400NotA500() throws Exception {
        assertThat(refused("{\"value\":{\"serialized\":true,\"name\":\"class\",\"key\":\"globalThis/Function\"}}", true))
                .contains("Serialized data refused at $.value: class 'globalThis/Function' is not registered in this release");
        assertThat(refused("{\"value\":{\"serialized\":true,\"name\":\"Url\",\"value\":\"no url\"}}", true))
                .contains("Serialized data refused at $.value: 'no url' is not a valid Url");
    }
}
