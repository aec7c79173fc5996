package dev.cleave.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.TestApps;
import dev.cleave.runtime.errors.ScriptException;
import dev.cleave.runtime.state.Blob;
import dev.cleave.runtime.state.BlobStore;
import dev.cleave.runtime.state.CounterStore;
import dev.cleave.runtime.state.DocumentStore;
import dev.cleave.runtime.state.EventStore;
import dev.cleave.runtime.state.StateBindings;

/**
 * The state modules' JavaScript side against a recording double of the stores: what reaches a
 * store and in which form, and what is refused before anything does. The real stores are
 * tested on nodes (node-agent's StateOneNodeIT and StateClusterIT).
 */
class StateApiTest {
    private static final List<String> CALLS = new ArrayList<>();
    private static JsRuntime runtime;
    private static JsRuntime bare;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("state")).withLoops(1), List.of(new StateApi(recording())));
        bare = JsRuntime.create(RuntimeConfig.of(TestApps.path("state")).withLoops(1));
    }

    @AfterAll
    static void stop() {
        runtime.close();
        bare.close();
    }

    private static Object call(JsRuntime on, String export, Object... args) {
        return on.invoke(Invocation.of("state", export, args)).join();
    }

    @Test
    void sendsAQueryToTheStoreInItsDocumentedForm() {
        Object found = call(runtime, "query", Map.of("where", Map.of("authorId", "ann"), "sort", Map.of("meta.score", "desc"),
                "limit", 5, "offset", 10));
        assertThat(found).isEqualTo(List.of());
        assertThat(CALLS).contains("declare posts [authorId, meta.score]",
                "query posts {\"where\":{\"field\":\"authorId\",\"op\":\"eq\",\"value\":\"ann\"},"
                        + "\"sort\":[[\"meta.score\",\"desc\"]],\"limit\":5,\"offset\":10}");
        Map<String, Object> range = new java.util.LinkedHashMap<>(); // Map.of's order changes from run to run
        range.put("$gte", 1);
        range.put("$lt", 3);
        call(runtime, "query", Map.of("where", Map.of("$or", List.of(Map.of("a", range)))));
        assertThat(CALLS).contains("query posts {\"where\":{\"or\":[{\"and\":["
                + "{\"field\":\"a\",\"op\":\"gte\",\"value\":1},{\"field\":\"a\",\"op\":\"lt\",\"value\":3}]}]}}");
    }

    @Test
    void refusesAValueThatIsNotJsonBeforeTheStoreSeesIt() {
        assertThatThrownBy(() -> call(runtime, "insertWithDate")).cause().isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("document.nested.when cannot be stored: a Date is not a plain object");
        assertThat(CALLS).noneMatch(call -> call.startsWith("insert"));
    }

    @Test
    void passesWholeAmountsToTheCounterStore() {
        assertThat(call(runtime, "count")).isEqualTo(2);
        assertThat(CALLS).contains("add likes 3", "add likes -1");
    }

    @Test
    void carriesBlobBytesAndTheirContentTypeBothWays() {
        assertThat(call(runtime, "roundTrip")).isEqualTo(Map.of("type", "image/png", "size", 4, "bytes", List.of(1, 2, 3, 250)));
    }

    @Test
    void refusesASubscriptionOutsideTheLoadOfASegmentModule() {
        assertThatThrownBy(() -> call(runtime, "lateSubscribe")).cause()
                .hasMessageContaining("subscribe('t') must run when a segment's module loads");
    }

    @Test
    void saysThatStateNeedsANode() {
        assertThatThrownBy(() -> call(bare, "send")).cause()
                .hasMessageContaining("cleave/events needs a Cleave node to keep its state");
    }

    /** Stores that note each call and keep counters and blobs in maps. */
    private static StateBindings recording() {
        Map<String, Long> counters = new ConcurrentHashMap<>();
        Map<String, Blob> blobs = new ConcurrentHashMap<>();
        DocumentStore documents = new DocumentStore() {
            public void declare(String collection, List<String> indexes, NearCache cache) {
                note("declare " + collection + " " + indexes + (cache == null ? "" : " " + cache));
            }

            public CompletableFuture<String> getMany(String collection, List<String> ids, List<String> fields) {
                return done(note("getMany " + collection + " " + ids + " " + fields), "[]");
            }

            public CompletableFuture<Long> count(String collection, String where) {
                return done(note("count " + collection + " " + where), 0L);
            }

            public CompletableFuture<Boolean> insert(String collection, String id, String json) {
                return done(note("insert " + collection + " " + json), true);
            }

            public CompletableFuture<String> get(String collection, String id) {
                return done(null, null);
            }

            public CompletableFuture<Boolean> replace(String collection, String id, String json) {
                return done(null, false);
            }

            public CompletableFuture<String> update(String collection, String id, String fields) {
                return done(null, null);
            }

            public CompletableFuture<Boolean> delete(String collection, String id) {
                return done(null, false);
            }

            public CompletableFuture<String> query(String collection, String query) {
                return done(note("query " + collection + " " + query), "[]");
            }
        };
        CounterStore counterStore = new CounterStore() {
            public CompletableFuture<Long> add(String key, long delta) {
                return done(note("add " + key + " " + delta), counters.merge(key, delta, Long::sum));
            }

            public CompletableFuture<Long> get(String key) {
                return done(null, counters.getOrDefault(key, 0L));
            }

            public CompletableFuture<long[]> getMany(List<String> keys) {
                return done(null, keys.stream().mapToLong(key -> counters.getOrDefault(key, 0L)).toArray());
            }

            public CompletableFuture<Boolean> delete(String key) {
                return done(null, counters.remove(key) != null);
            }
        };
        BlobStore blobStore = new BlobStore() {
            public long limit() {
                return 1024;
            }

            public CompletableFuture<Void> put(String key, Blob blob) {
                blobs.put(key, blob);
                return done(null, null);
            }

            public CompletableFuture<Blob> get(String key) {
                return done(null, blobs.get(key));
            }

            public CompletableFuture<Boolean> delete(String key) {
                return done(null, blobs.remove(key) != null);
            }
        };
        EventStore events = new EventStore() {
            public void subscribe(String segment, String topic) {
                note("subscribe " + segment + " " + topic);
            }

            public CompletableFuture<Void> publish(String topic, String event) {
                return done(note("publish " + topic + " " + event), null);
            }
        };
        return new StateBindings(documents, counterStore, blobStore, events);
    }

    private static Object note(String call) {
        synchronized (CALLS) {
            CALLS.add(call);
        }
        return null;
    }

    /** A result that arrives later, on another thread, as a store's would. */
    private static <T> CompletableFuture<T> done(Object ignored, T value) {
        return CompletableFuture.supplyAsync(() -> value);
    }
}
