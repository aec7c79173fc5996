package dev.cleave.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a running comic demo with posts the way its users make them: {@code creators} people sign
 * up and publish, through the demo's own procedures over HTTP, {@code posts} posts between them
 * (every tenth a one-panel comic, the others text comments), 16 requests in flight, with progress
 * output. Returns the creators, so the bench person can follow them and one of them can keep posting.
 */
final class DemoFill {
    private static final String COMIC = "[{\"background\":{\"kind\":\"color\",\"value\":\"#ffeeaa\"},"
            + "\"elements\":[{\"id\":\"e1\",\"kind\":\"caption\",\"text\":\"bench comic\",\"x\":10,\"y\":10,\"width\":60,\"height\":20}]}]";

    /** The creators who made the posts: their ids and session tokens, in the same order. */
    record Creators(List<String> ids, List<String> tokens) {}

    private DemoFill() {}

    static Creators fill(DemoClient client, String label, int creators, int posts) throws Exception {
        List<String> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        for (int i = 0; i < creators; i++) {
            var session = client.call(null, "authentication/signUp",
                    Map.of("nickname", "c" + i + "_" + run, "fullName", "Creator " + i, "password", "bench-password"));
            tokens.add(session.get("token").asText());
            ids.add(session.get("creator").get("id").asText());
        }
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> work = new ArrayList<>();
            for (int worker = 0; worker < 16; worker++) {
                int first = worker;
                work.add(pool.submit(() -> {
                    for (int n = first; n < posts; n += 16) {
                        String token = tokens.get(n % creators);
                        if (n % 10 == 0) {
                            client.callRaw(token, "post/publishComic", "{\"panels\":" + COMIC + "}");
                        } else {
                            client.call(token, "post/publishComment", Map.of("text", "bench post " + n));
                        }
                        int count = done.incrementAndGet();
                        if (count % 2000 == 0 || count == posts) {
                            System.out.printf("%s: %d of %d posts made (%.0f s)%n", label, count, posts,
                                    (System.nanoTime() - started) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        return new Creators(ids, tokens);
    }
}
