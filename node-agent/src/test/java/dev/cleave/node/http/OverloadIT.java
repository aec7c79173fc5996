package dev.cleave.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.node.config.Roles.RepositoryConfig;
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
 * A node with one event loop and room for two waiting calls, flooded over real HTTP with calls
 * that keep the loop busy: the calls past the queue get 503 with {@code Retry-After} at once, the
 * accepted ones all run, and the node serves again afterwards.
 */
class OverloadIT {
    private static final Path APP = Path.of("src/test/resources/apps/busy").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final int QUEUE_LIMIT = 2;
    private static JsRuntime runtime;
    private static HttpServer server;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(APP).withLoops(1).withQueueLimit(QUEUE_LIMIT));
        ProcedureCatalog catalog = new ProcedureCatalog(List.of(new Implementation("work/spin", Version.parse("0.0.0"),
                Access.PUBLIC, "main", "work", "spin", List.of(Parameter.named("ms")))), List.of());
        LocalInvoker invoker = new LocalInvoker(runtime, catalog, List.of(), Duration.ofSeconds(20));
        server = new HttpServer("127.0.0.1", 0, 1024, new ProcedureGate(catalog, null), invoker, null, null,
                APP, new RepositoryConfig(null, List.of(), null, false), new BrowserPolicy(List.of(), null), null).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        runtime.close();
    }

    private static CompletableFuture<HttpResponse<String>> spin(int ms) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/rpc/work/spin"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"ms\": " + ms + "}"))
                .build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesCallsPastTheQueueWith503AndRetryAfterAndRunsTheRest() {
        List<HttpResponse<String>> answers = IntStream.range(0, 8).mapToObj(i -> spin(2000)).toList().stream()
                .map(CompletableFuture::join).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() != 200).toList();
        // one call runs and two wait; the others arrive within the first call's two seconds
        assertThat(refused).hasSizeGreaterThanOrEqualTo(8 - 1 - QUEUE_LIMIT);
        for (HttpResponse<String> answer : refused) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("retry-after")).hasValue("1");
            assertThat(answer.body()).isEqualTo("The node is busy: procedure 'work/spin' was not started; try again shortly");
        }
        answers.stream().filter(answer -> answer.statusCode() == 200).forEach(answer -> assertThat(answer.body()).isEqualTo("2000"));
        assertThat(spin(1).join().body()).as("served again once the loop is free").isEqualTo("1");
    }
}
