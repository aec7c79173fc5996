package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The state modules as the test app {@code projects/state} uses them, on whichever nodes {@link
 * #entries()} names: one node ({@link StateOneNodeIT}) and three processes ({@link StateClusterIT}).
 * Every test works on keys of its own, so the tests share one set of nodes.
 */
abstract class StateBehaviour {
    static final String BLOB_LIMIT = "64KB";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ports of the nodes to call: two or more, the same port repeated on a single node. */
    abstract int[] entries();

    /** Waits until a node has logged a line with every one of {@code fragments}. */
    abstract void awaitLogged(String... fragments);

    static long counter(int port, String key) {
        return call(port, "store/read", "{\"key\": \"" + key + "\"}").asLong();
    }

    /** Waits until the counter reaches {@code expected}; fails when it passes it or the deadline is reached. */
    static void awaitCounter(int port, String key, long expected, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        long value = counter(port, key);
        while (value < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = counter(port, key);
        }
        assertThat(value).as("counter %s", key).isEqualTo(expected);
    }

    static void publish(int port, String event) {
        call(port, "store/publish", "{\"topic\": \"liked\", \"event\": " + event + "}");
    }

    static JsonNode call(int port, String fqn, String body) {
        HttpResponse<String> response = TestNodes.post(port, fqn, body);
        assertThat(response.statusCode()).as("%s %s", fqn, response.body()).isEqualTo(200);
        return parse(response.body());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> ids(JsonNode documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.get("id").asText()));
        return ids;
    }

    @Test
    void insertsGetsReplacesUpdatesAndDeletesADocument() {
        int a = entries()[0];
        int b = entries()[1];
        String id = unique("doc");
        call(a, "store/insert", "{\"document\": {\"id\": \"" + id + "\", \"title\": \"one\", \"likes\": 0}}");
        assertThat(call(b, "store/get", "{\"id\": \"" + id + "\"}").get("title").asText()).isEqualTo("one");
        call(b, "store/replace", "{\"document\": {\"id\": \"" + id + "\", \"title\": \"two\"}}");
        JsonNode updated = call(a, "store/update", "{\"id\": \"" + id + "\", \"fields\": {\"likes\": 3}}");
        assertThat(updated.get("title").asText()).isEqualTo("two");
        assertThat(updated.get("likes").asInt()).isEqualTo(3);
        assertThat(call(b, "store/remove", "{\"id\": \"" + id + "\"}").asBoolean()).isTrue();
        assertThat(call(a, "store/get", "{\"id\": \"" + id + "\"}").isNull()).isTrue();
        assertThat(call(a, "store/remove", "{\"id\": \"" + id + "\"}").asBoolean()).isFalse();
    }

    @Test
    void givesAnInsertedDocumentWithoutIdARandomOne() {
        JsonNode inserted = call(entries()[0], "store/insert", "{\"document\": {\"title\": \"no id\"}}");
        assertThat(inserted.get("id").asText()).hasSize(36);
        assertThat(call(entries()[1], "store/get", "{\"id\": \"" + inserted.get("id").asText() + "\"}")
                .get("title").asText()).isEqualTo("no id");
    }

    @Test
    void answersQueriesByFieldWithAndOrSortLimitAndOffset() {
        int port = entries()[0];
        String author = unique("author");
        String other = unique("author");
        String[][] posts = {
            {"p1", author, "10", "hello world", "[\"a\", \"b\"]", "5"},
            {"p2", author, "20", "second post", "[\"b\"]", "1"},
            {"p3", author, "30", "hello again", "[]", "9"},
            {"p4", other, "40", "hello there", "[\"a\"]", "7"},
        };
        for (String[] post : posts) {
            call(port, "store/insert", "{\"document\": {\"id\": \"" + author + post[0] + "\", \"authorId\": \"" + post[1]
                    + "\", \"createdAt\": " + post[2] + ", \"title\": \"" + post[3] + "\", \"tags\": " + post[4]
                    + ", \"meta\": {\"score\": " + post[5] + "}, \"group\": \"" + author + "\"}}");
        }
        String group = "\"group\": \"" + author + "\"";
        assertThat(ids(find(port, "{\"where\": {\"authorId\": \"" + author + "\"}, \"sort\": {\"createdAt\": \"desc\"}}")))
                .containsExactly(author + "p3", author + "p2", author + "p1");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"authorId\": {\"$ne\": \"" + author + "\"}}}")))
                .containsExactly(author + "p4");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"createdAt\": {\"$in\": [10, 40]}}}")))
                .containsExactly(author + "p1", author + "p4");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"createdAt\": {\"$gt\": 10, \"$lte\": 30}}}")))
                .containsExactly(author + "p2", author + "p3");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"title\": {\"$startsWith\": \"hello\"}}, "
                + "\"sort\": {\"createdAt\": \"asc\"}}"))).containsExactly(author + "p1", author + "p3", author + "p4");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"title\": {\"$contains\": \"post\"}}}")))
                .containsExactly(author + "p2");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"tags\": {\"$contains\": \"a\"}}}")))
                .containsExactly(author + "p1", author + "p4");
        assertThat(ids(find(port, "{\"where\": {" + group + ", \"$or\": [{\"createdAt\": {\"$lt\": 15}}, "
                + "{\"meta.score\": {\"$gte\": 9}}]}}"))).containsExactly(author + "p1", author + "p3");
        assertThat(ids(find(port, "{\"where\": {" + group + "}, \"sort\": {\"meta.score\": \"desc\"}, \"limit\": 2, "
                + "\"offset\": 1}"))).containsExactly(author + "p4", author + "p1");
        assertThat(ids(find(port, "{\"where\": {" + group + "}, \"limit\": 2}"))).containsExactly(author + "p1", author + "p2");
    }

    @Test
    void getsManyDocumentsInTheOrderAskedWithNullForMissingOnesAndCutToFields() {
        String prefix = unique("many");
        call(entries()[0], "store/fill", "{\"prefix\": \"" + prefix + "\", \"count\": 20}");
        JsonNode found = call(entries()[1], "store/getMany", "{\"ids\": [\"" + prefix + "-7\", \"" + prefix + "-missing\", \""
                + prefix + "-3\", \"" + prefix + "-7\"]}");
        assertThat(found).hasSize(4);
        assertThat(found.get(0).get("n").asInt()).isEqualTo(7);
        assertThat(found.get(1).isNull()).isTrue();
        assertThat(found.get(2).get("n").asInt()).isEqualTo(3);
        assertThat(found.get(3)).isEqualTo(found.get(0));
        JsonNode cut = call(entries()[1], "store/getMany", "{\"ids\": [\"" + prefix + "-5\"], \"fields\": [\"n\"]}").get(0);
        assertThat(cut.toString()).isEqualTo("{\"id\":\"" + prefix + "-5\",\"n\":5}");
        assertThat(call(entries()[0], "store/getMany", "{\"ids\": []}")).isEmpty();
    }

    @Test
    void readsGetsOfOneTurnTogetherWithEachAnsweredAsIfAlone() {
        String prefix = unique("together");
        call(entries()[0], "store/fill", "{\"prefix\": \"" + prefix + "\", \"count\": 1200}");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1500; i++) { // more than one batch holds
            ids.add(prefix + "-" + (1199 - i % 1300));
        }
        ids.set(3, "");
        ids.set(4, prefix + "-7");
        String list = ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(","));
        JsonNode together = call(entries()[1], "store/getTogether", "{\"ids\": [" + list + "]}");
        JsonNode answers = together.get("answers");
        assertThat(answers).hasSize(1500);
        for (int i = 0; i < ids.size(); i++) {
            JsonNode answer = answers.get(i);
            int n = 1199 - i % 1300;
            if (i == 3) {
                assertThat(answer.get("error").asText()).startsWith("BadRequest: cleave/documents: the id must be a non-empty string");
            } else if (i == 4) {
                assertThat(answer.get("document").get("n").asInt()).isEqualTo(7);
            } else if (n < 0) {
                assertThat(answer.get("document").isNull()).as("missing id " + ids.get(i)).isTrue();
            } else {
                assertThat(answer.get("document").get("n").asInt()).as(ids.get(i)).isEqualTo(n);
            }
        }
        assertThat(together.get("separate").asBoolean()).as("equal ids give separate objects").isTrue();
        String key = unique("together");
        call(entries()[0], "store/add", "{\"key\": \"" + key + "\", \"amount\": 5}");
        assertThat(call(entries()[1], "store/readTogether", "{\"keys\": [\"" + key + "\", \"" + key + "-never\", \"" + key + "\"]}"))
                .extracting(JsonNode::asInt).containsExactly(5, 0, 5);
    }

    @Test
    void countsMatchesAndFiltersWithNotIn() {
        String prefix = unique("nin");
        call(entries()[0], "store/fill", "{\"prefix\": \"" + prefix + "\", \"count\": 30}");
        String batch = "\"batch\": \"" + prefix + "\"";
        assertThat(call(entries()[1], "store/count", "{\"where\": {" + batch + "}}").asInt()).isEqualTo(30);
        assertThat(call(entries()[1], "store/count", "{\"where\": {" + batch + ", \"n\": {\"$gte\": 25}}}").asInt()).isEqualTo(5);
        assertThat(ids(find(entries()[1], "{\"where\": {" + batch + ", \"n\": {\"$nin\": [0, 1, 2, 3]}}, \"sort\": {\"n\": \"asc\"}, "
                + "\"limit\": 2}"))).containsExactly(prefix + "-4", prefix + "-5");
        assertThat(call(entries()[0], "store/count", "{\"where\": {" + batch + ", \"missing\": {\"$nin\": [1]}}}").asInt())
                .as("a missing field is not in any list").isEqualTo(30);
    }

    @Test
    void answersSortedLimitedQueriesFromTheIndexInTheOrderOfAFullSort() {
        String prefix = unique("topk");
        int count = 400;
        call(entries()[0], "store/fillTimes", "{\"prefix\": \"" + prefix + "\", \"count\": " + count + ", \"modulo\": 150}");
        List<JsonNode> all = new ArrayList<>();
        find(entries()[1], "{\"where\": {\"batch\": \"" + prefix + "\"}}").forEach(all::add);
        assertThat(all).hasSize(count);
        for (String direction : new String[] {"desc", "asc"}) {
            List<String> expected = all.stream().sorted(byCreatedAt(direction.equals("desc"))).map(doc -> doc.get("id").asText()).toList();
            for (int[] window : new int[][] {{10, 0}, {25, 40}, {50, 330}}) {
                String query = "{\"where\": {\"batch\": \"" + prefix + "\"}, \"sort\": {\"createdAt\": \"" + direction + "\"}, \"limit\": "
                        + window[0] + ", \"offset\": " + window[1] + "}";
                assertThat(ids(find(entries()[2 % entries().length], query))).as("%s %s", direction, query)
                        .containsExactlyElementsOf(expected.subList(window[1], Math.min(count, window[1] + window[0])));
            }
        }
        String odd = "{\"where\": {\"batch\": \"" + prefix + "\", \"n\": {\"$in\": [3, 5, 8, 13, 21]}}, \"sort\": {\"createdAt\": \"desc\"}, \"limit\": 3}";
        assertThat(ids(find(entries()[0], odd))).containsExactlyElementsOf(all.stream()
                .filter(doc -> List.of(3, 5, 8, 13, 21).contains(doc.get("n").asInt())).sorted(byCreatedAt(true))
                .map(doc -> doc.get("id").asText()).limit(3).toList());
    }

    @Test
    void findsTheFewNewestMatchesBelowThousandsOfNewerDocumentsThatDoNotMatch() {
        String prefix = unique("deep");
        call(entries()[0], "store/fillTimes", "{\"prefix\": \"" + prefix + "-old\", \"count\": 30, \"modulo\": 1000, \"base\": 4000000}");
        call(entries()[1], "store/fillTimes", "{\"prefix\": \"" + prefix + "-new\", \"count\": 2500, \"modulo\": 100000, \"base\": 5000000}");
        List<JsonNode> old = new ArrayList<>();
        find(entries()[0], "{\"where\": {\"batch\": \"" + prefix + "-old\"}}").forEach(old::add);
        String query = "{\"where\": {\"batch\": \"" + prefix + "-old\"}, \"sort\": {\"createdAt\": \"desc\"}, \"limit\": 5}";
        assertThat(ids(find(entries()[entries().length - 1], query))).containsExactlyElementsOf(old.stream()
                .sorted(byCreatedAt(true)).map(doc -> doc.get("id").asText()).limit(5).toList());
    }

    @Test
    void pagesWithACursorPastDocumentsInsertedMeanwhile() {
        String prefix = unique("pages");
        call(entries()[0], "store/fillTimes", "{\"prefix\": \"" + prefix + "\", \"count\": 45, \"modulo\": 1000}");
        List<JsonNode> all = new ArrayList<>();
        find(entries()[0], "{\"where\": {\"batch\": \"" + prefix + "\"}}").forEach(all::add);
        List<String> expected = all.stream().sorted(byCreatedAt(true)).map(doc -> doc.get("id").asText()).toList();
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            String query = "{\"where\": {\"batch\": \"" + prefix + "\"}, \"sort\": {\"createdAt\": \"desc\"}, \"limit\": 10"
                    + (after == null ? "" : ", \"after\": \"" + after + "\"") + "}";
            JsonNode result = call(entries()[page % entries().length], "store/findPage", "{\"query\": " + query + "}");
            seen.addAll(ids(result.get("documents")));
            // a newer document after each page does not shift the pages that follow
            call(entries()[1], "store/insert", "{\"document\": {\"id\": \"" + prefix + "-new" + page + "\", \"batch\": \"" + prefix
                    + "\", \"createdAt\": " + (2_000_000 + page) + "}}");
            if (result.get("next").isNull()) {
                break;
            }
            after = result.get("next").asText();
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void seesADocumentChangedOnAnotherNodeWithinTheCachesMaxAge() {
        String id = unique("profile");
        call(entries()[0], "store/putProfile", "{\"document\": {\"id\": \"" + id + "\", \"name\": \"Ann\"}}");
        int reader = entries()[1];
        assertThat(call(reader, "store/readProfile", "{\"id\": \"" + id + "\"}").get("name").asText()).isEqualTo("Ann");
        assertThat(call(reader, "store/readProfiles", "{\"ids\": [\"" + id + "\"]}").get(0).get("name").asText()).isEqualTo("Ann");
        long changed = System.nanoTime();
        call(entries()[0], "store/renameProfile", "{\"id\": \"" + id + "\", \"name\": \"Bea\"}");
        assertThat(call(entries()[0], "store/readProfile", "{\"id\": \"" + id + "\"}").get("name").asText())
                .as("the writing node reads its own write").isEqualTo("Bea");
        while (!call(reader, "store/readProfile", "{\"id\": \"" + id + "\"}").get("name").asText().equals("Bea")) {
            assertThat(System.nanoTime() - changed).as("seen within maxAge (2 s)").isLessThan(TimeUnit.SECONDS.toNanos(2));
            sleep(20);
        }
        assertThat(call(reader, "store/readProfiles", "{\"ids\": [\"" + id + "\"]}").get(0).get("name").asText()).isEqualTo("Bea");
    }

    @Test
    void readsManyCountersInOneCall() {
        String key = unique("many");
        call(entries()[0], "store/add", "{\"key\": \"" + key + "-a\", \"amount\": 3}");
        call(entries()[1], "store/add", "{\"key\": \"" + key + "-b\", \"amount\": -2}");
        assertThat(call(entries()[1], "store/readCounters", "{\"keys\": [\"" + key + "-b\", \"" + key + "-never\", \"" + key + "-a\"]}")
                .toString()).isEqualTo("[-2,0,3]");
    }

    /** The documented order on createdAt (missing first), then by id. */
    private static java.util.Comparator<JsonNode> byCreatedAt(boolean descending) {
        java.util.Comparator<JsonNode> byTime = java.util.Comparator.comparingLong(
                doc -> doc.has("createdAt") ? doc.get("createdAt").asLong() : Long.MIN_VALUE);
        return (descending ? byTime.reversed() : byTime).thenComparing(doc -> doc.get("id").asText());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void createsTheIndexesTheAppDeclares() {
        awaitLogged("collection posts: indexes on [authorId, createdAt, meta.score]");
        awaitLogged("collection started: indexes on [key]");
    }

    private static JsonNode find(int port, String query) {
        return call(port, "store/find", "{\"query\": " + query + "}");
    }

    @Test
    void countsExactlyUnderConcurrentIncrementsFromTwoNodes() throws Exception {
        String key = unique("likes");
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 20; i++) {
                int port = entries()[i % 2];
                calls.add(clients.submit(() -> call(port, "store/bump", "{\"key\": \"" + key + "\", \"times\": 500}")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        assertThat(call(entries()[1], "store/read", "{\"key\": \"" + key + "\"}").asLong()).isEqualTo(10_000);
        assertThat(call(entries()[0], "store/add", "{\"key\": \"" + key + "\", \"amount\": -4}").asLong()).isEqualTo(9_996);
        assertThat(call(entries()[0], "store/clear", "{\"key\": \"" + key + "\"}").asBoolean()).isTrue();
        assertThat(call(entries()[1], "store/read", "{\"key\": \"" + key + "\"}").asLong()).isZero();
    }

    @Test
    void storesAndGivesBackABlobWithItsContentType() {
        String key = unique("image");
        int size = 60 * 1024;
        call(entries()[0], "store/store", "{\"key\": \"" + key + "\", \"size\": " + size + ", \"contentType\": \"image/png\"}");
        JsonNode blob = call(entries()[1], "store/check", "{\"key\": \"" + key + "\"}");
        assertThat(blob.get("contentType").asText()).isEqualTo("image/png");
        assertThat(blob.get("size").asInt()).isEqualTo(size);
        assertThat(blob.get("intact").asBoolean()).isTrue();
        assertThat(call(entries()[1], "store/drop", "{\"key\": \"" + key + "\"}").asBoolean()).isTrue();
        assertThat(call(entries()[0], "store/check", "{\"key\": \"" + key + "\"}").isNull()).isTrue();
    }

    @Test
    void refusesBadInputWithClearErrorsAndWritesNothing() {
        int port = entries()[0];
        assertRefused(port, "option", 400, "unknown option 'index' of collection 'other' — known options: indexes, cache");
        assertRefused(port, "cursor", 400, "the cursor 'after' cannot be used: it is not one findPage gave");
        assertRefused(port, "many", 400, "getMany of 'posts' takes an array of at most 1000 ids");
        assertRefused(port, "function", 400, "document.run cannot be stored: a function is not JSON");
        assertRefused(port, "date", 400, "document.when cannot be stored: a Date is not a plain object (store date.toISOString()");
        assertRefused(port, "cycle", 400, "document.self cannot be stored: it refers to itself");
        assertRefused(port, "operator", 400, "unknown operator '$near' at where.n");
        assertRefused(port, "blob", 400, "over the limit of 65536 bytes (state.blobLimit in the service file)");
        assertRefused(port, "amount", 400, "the amount must be a whole number");
        assertRefused(port, "duplicate", 400, "'posts' already has a document with id 'dup'");
        assertRefused(port, "missing", 404, "'posts' has no document with id 'no-such-post'");
        for (String id : new String[] {"bad-1", "bad-2", "bad-3"}) {
            assertThat(call(port, "store/get", "{\"id\": \"" + id + "\"}").isNull()).as(id).isTrue();
        }
        assertThat(call(port, "store/check", "{\"key\": \"too-big\"}").isNull()).isTrue();
    }

    @Test
    void handsEachEventOnceToEachSubscribingSegment() throws InterruptedException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add(unique("event"));
            publish(entries()[0], "{\"key\": \"" + keys.get(i) + "\"}");
        }
        for (String key : keys) {
            awaitCounter(entries()[0], "handled:" + key, 1, 30);
            awaitCounter(entries()[0], "audited:" + key, 1, 30);
        }
        for (String key : keys) { // once each, also after every node had time to see it
            assertThat(counter(entries()[0], "attempts:" + key)).as(key).isEqualTo(1);
        }
    }

    @Test
    void retriesAFailingHandlerAFewTimesThenLogsTheEventAsFailed() throws InterruptedException {
        String key = unique("failing");
        publish(entries()[0], "{\"key\": \"" + key + "\", \"fail\": true}");
        awaitCounter(entries()[0], "attempts:" + key, 3, 30);
        awaitLogged("event failed after 3 attempts", key, "refused " + key);
        assertThat(counter(entries()[0], "handled:" + key)).isZero();
        assertThat(counter(entries()[0], "audited:" + key)).isEqualTo(1);
    }

    @Test
    void refusesAnEventThatIsNotJson() {
        HttpResponse<String> response = TestNodes.post(entries()[0], "store/misuse", "{\"kind\": \"event\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("event.at cannot be stored: a Date is not a plain object");
    }

    private static void assertRefused(int port, String kind, int status, String message) {
        HttpResponse<String> response = TestNodes.post(port, "store/misuse", "{\"kind\": \"" + kind + "\"}");
        assertThat(response.statusCode()).as(kind + ": " + response.body()).isEqualTo(status);
        assertThat(response.body()).as(kind).contains(message);
    }
}
