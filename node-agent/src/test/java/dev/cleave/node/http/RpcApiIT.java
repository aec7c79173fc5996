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
import java.util.concurrent.CompletableFuture;

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

/** The HTTP API of COMPATIBILITY.md §4 against a real server on a free port. */
class RpcApiIT {
    private static final Path APP = Path.of("src/test/resources/apps/rpc").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static JsRuntime runtime;
    private static HttpServer server;

    private static Implementation procedure(String fqn, String version, Access access, String export, Parameter... parameters) {
        return new Implementation(fqn, Version.parse(version), access, "main", "greetings", export, List.of(parameters));
    }

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(APP).withLoops(2));
        ProcedureCatalog catalog = new ProcedureCatalog(List.of(
                procedure("greetings/sayHi", "1.0.0", Access.PUBLIC, "sayHi", Parameter.named("name"),
                        new Parameter("greeting", true, false, null, List.of())),
                procedure("greetings/sayHi", "2.0.0", Access.PUBLIC, "sayHiV2", Parameter.named("name")),
                procedure("greetings/secret", "0.0.0", Access.PROTECTED, "secret"),
                procedure("greetings/hidden", "0.0.0", Access.PRIVATE, "hidden"),
                procedure("greetings/whoAmI", "0.0.0", Access.PUBLIC, "whoAmI", Parameter.named("requester")),
                procedure("greetings/slow", "0.0.0", Access.PUBLIC, "slow", Parameter.named("ms"))), List.of());
        LocalInvoker invoker = new LocalInvoker(runtime, catalog, List.of("auth/middleware"), Duration.ofMillis(4000));
        server = new HttpServer("127.0.0.1", 0, 1024, new ProcedureGate(catalog, "s3cret"), invoker, null, null,
                APP.resolve("web"), new RepositoryConfig(null, List.of("*.js", "*.html"), null, false),
                new BrowserPolicy(List.of("https://app.example.com"), null), null).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        runtime.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpRequest.Builder post(String fqn, String body) {
        return to("/rpc/" + fqn).POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
    }

    @Test
    void runsAPublicProcedureByPostAndGet() throws Exception {
        HttpResponse<String> response = send(post("greetings/sayHi", "{\"name\":\"Ada\"}").header("x-jitar-procedure-version", "1"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hi, Ada!");
        assertThat(response.headers().firstValue("x-jitar-content-type")).contains("text/plain");
        assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(response.headers().firstValue("x-served-by")).contains("cleave-test");
        HttpResponse<String> get = send(to("/rpc/greetings/sayHi?name=Bo&greeting=Yo").header("x-jitar-procedure-version", "1.0"));
        assertThat(get.body()).isEqualTo("Yo, Bo!");
    }

    @Test
    void picksTheExactOrHighestLowerVersion() throws Exception {
        assertThat(send(post("greetings/sayHi", "{\"name\":\"A\"}").header("x-jitar-procedure-version", "2.0.0")).body())
                .isEqualTo("Hello there, A!");
        assertThat(send(post("greetings/sayHi", "{\"name\":\"A\"}").header("x-jitar-procedure-version", "1.9")).body())
                .isEqualTo("Hi, A!");
        HttpResponse<String> none = send(post("greetings/sayHi", "{\"name\":\"A\"}"));
        assertThat(none.statusCode()).isEqualTo(404);
        HttpResponse<String> bad = send(post("greetings/sayHi", "{}").header("x-jitar-procedure-version", "v2"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Invalid x-jitar-procedure-version 'v2'");
    }

    @Test
    void answersUnknownPrivateAndMalformedNamesWithoutRunningAnything() throws Exception {
        assertThat(send(post("greetings/nothing", "{}")).statusCode()).isEqualTo(404);
        HttpResponse<String> hidden = send(post("greetings/hidden", "{}"));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo("Procedure 'greetings/hidden' not found");
        assertThat(send(post("greetings/..%2Fsecret", "{}")).statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAProtectedProcedureWithoutTheTrustKey() throws Exception {
        assertThat(send(post("greetings/secret", "{}")).statusCode()).isEqualTo(401);
        assertThat(send(post("greetings/secret", "{}").header("x-jitar-trust-key", "wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> trusted = send(post("greetings/secret", "{}").header("x-jitar-trust-key", "s3cret"));
        assertThat(trusted.statusCode()).isEqualTo(200);
        assertThat(trusted.body()).isEqualTo("protected result");
    }

    @Test
    void reportsArgumentErrorsAndApplicationErrorsWithTheirStatus() throws Exception {
        HttpResponse<String> missing = send(post("greetings/sayHi", "{}").header("x-jitar-procedure-version", "1"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("Missing value for parameter 'name'");
        HttpResponse<String> notFound = send(post("greetings/sayHi", "{\"name\":\"nobody\"}").header("x-jitar-procedure-version", "1"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("nobody called nobody");
        HttpResponse<String> serialized = send(post("greetings/sayHi", "{\"name\":\"nobody\"}")
                .header("x-jitar-procedure-version", "1").header("x-jitar-data-encoding", "serialized"));
        assertThat(serialized.body()).isEqualTo(
                "{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:NotFound\",\"args\":{\"0\":\"nobody called nobody\"},\"fields\":{}}");
        HttpResponse<String> refused = send(post("greetings/secret", "{}").header("x-jitar-data-encoding", "serialized"));
        assertThat(refused.body()).contains("\"key\":\"cleave:Unauthorized\"");
    }

    @Test
    void injectsArgumentsFromMiddlewareAndRedirectsOnLocation() throws Exception {
        HttpResponse<String> me = send(post("greetings/whoAmI", "{\"requester\":\"mallory\"}").header("authorization", "Bearer ada"));
        assertThat(me.body()).isEqualTo("ada");
        HttpResponse<String> redirect = send(post("greetings/whoAmI", "{\"requester\":\"x\"}"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).contains("/login");
    }

    @Test
    void refusesAnInjectedArgumentSentByTheCaller() throws Exception {
        HttpResponse<String> body = send(post("greetings/whoAmI", "{\"*requester\":\"mallory\"}"));
        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(body.body()).contains("Argument '*requester' is refused");
        HttpResponse<String> query = send(to("/rpc/greetings/whoAmI?%2Arequester=mallory").GET());
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("Argument '*requester' is refused");
    }

    @Test
    void checksADryRunWithOptions() throws Exception {
        var ok = send(to("/rpc/greetings/slow").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(ok.statusCode()).isEqualTo(400);
        assertThat(send(to("/rpc/greetings/hidden").method("OPTIONS", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesABodyOverTheLimitAndACallPastItsDeadline() throws Exception {
        HttpResponse<String> large = send(post("greetings/whoAmI", "{\"requester\":\"" + "x".repeat(2000) + "\"}"));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("limit of 1024 bytes");
        HttpResponse<String> late = send(post("greetings/slow", "{\"ms\":60000}"));
        assertThat(late.statusCode()).isEqualTo(504);
        assertThat(late.body()).isEqualTo("Procedure 'greetings/slow' did not finish within 4000 ms");
        assertThat(send(post("greetings/slow", "{\"ms\":1}")).body()).isEqualTo("1");
    }

    @Test
    void servesMatchingAssetsAndNothingElse() throws Exception {
        HttpResponse<String> index = send(to("/"));
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
        assertThat(send(to("/app.js")).body()).isEqualTo("console.log(1)\n");
        assertThat(send(to("/private.txt")).statusCode()).isEqualTo(404);
        assertThat(send(to("/../greetings.js")).statusCode()).isIn(400, 404);
    }

    @Test
    void servesManyConcurrentCalls() {
        List<CompletableFuture<HttpResponse<String>>> calls = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> CLIENT.sendAsync(post("greetings/sayHi", "{\"name\":\"n" + i + "\"}")
                        .header("x-jitar-procedure-version", "1").build(), HttpResponse.BodyHandlers.ofString())).toList();
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i).join().body()).isEqualTo("Hi, n" + i + "!");
        }
    }
}
