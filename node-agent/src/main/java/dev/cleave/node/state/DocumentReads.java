package dev.cleave.node.state;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.PagingPredicate;
import com.hazelcast.query.Predicates;

/**
 * Runs a query of one collection. A query with a limit whose first sort field is indexed is a
 * top-k read: each member walks its part of that index ({@link DocumentTopK}) and sends its first
 * {@code offset + limit} matches, which are merged here. When a member cannot answer from its index
 * (a migration, or a filter that another index serves better), or the answers do not cover every partition exactly
 * once, the query runs as a Hazelcast paging query instead, which visits every match.
 */
final class DocumentReads {
    static final String EXECUTOR = "cleave.state.topk";

    private final HazelcastInstance hazelcast;
    private final String map;

    DocumentReads(HazelcastInstance hazelcast, String map) {
        this.hazelcast = hazelcast;
        this.map = map;
    }

    /**
     * The result as JSON: an array, or {@code {"documents", "next"}} for a page.
     *
     * @param indexed  the first sort field has an index
     * @param narrowed another index narrows the matches down (an {@code eq} or {@code $in} on it):
     *                 a walk of the sort index that finds few matches gives up for the paging
     *                 query, which finds them through that index
     */
    String run(DocumentQuery query, boolean indexed, boolean narrowed) {
        List<Found> found = indexed && query.limit() != null ? topK(query, narrowed) : null;
        if (found == null) {
            found = paged(query);
        }
        int from = (int) Math.min(found.size(), query.offset());
        int to = query.limit() == null ? found.size() : (int) Math.min(found.size(), query.offset() + query.limit());
        DocumentProjection projection = new DocumentProjection(query.fields());
        StringBuilder json = new StringBuilder(query.page() ? "{\"documents\":[" : "[");
        for (int i = from; i < to; i++) {
            Found document = found.get(i);
            json.append(i == from ? "" : ",").append(query.fields().isEmpty() ? document.json()
                    : projection.apply(document.document()).toString());
        }
        json.append(']');
        if (query.page()) {
            boolean full = query.limit() != null && to - from == query.limit();
            json.append(",\"next\":").append(full ? '"' + DocumentCursor.after(query.order(), found.get(to - 1).document(),
                    found.get(to - 1).id()) + '"' : "null").append('}');
        }
        return json.toString();
    }

    /** A matching document as stored, parsed once when a sort, a cursor or a projection needs it. */
    private static final class Found {
        private final String id;
        private final String json;
        private JsonNode document;

        Found(String id, String json) {
            this.id = id;
            this.json = json;
        }

        String id() {
            return id;
        }

        String json() {
            return json;
        }

        JsonNode document() {
            if (document == null) {
                document = DocumentOrder.parse(json);
            }
            return document;
        }
    }

    private List<Found> topK(DocumentQuery query, boolean narrowed) {
        DocumentOrder.Key first = query.order().keys().getFirst();
        int wanted = Math.toIntExact(Math.min(Integer.MAX_VALUE, query.offset() + query.limit()));
        DocumentTopK task = new DocumentTopK(map, first.field(), first.descending(), query.predicate(), wanted,
                query.from(), narrowed ? DocumentTopK.BUDGET : Integer.MAX_VALUE);
        List<DocumentTopK.Candidates> answers = new ArrayList<>();
        List<Member> others = hazelcast.getCluster().getMembers().stream().filter(member -> !member.localMember()).toList();
        Map<Member, Future<DocumentTopK.Candidates>> remote = others.isEmpty() ? Map.of()
                : hazelcast.getExecutorService(EXECUTOR).submitToMembers(task, others);
        answers.add(task.collect(hazelcast));
        for (Future<DocumentTopK.Candidates> answer : remote.values()) {
            answers.add(await(answer));
        }
        BitSet covered = new BitSet();
        int partitions = 0;
        List<Found> found = new ArrayList<>();
        for (DocumentTopK.Candidates answer : answers) {
            if (answer == null) {
                return null;
            }
            for (int partition : answer.partitions()) {
                covered.set(partition);
                partitions++;
            }
            answer.entries().forEach(entry -> found.add(new Found(entry[0], entry[1])));
        }
        int count = hazelcast.getPartitionService().getPartitions().size();
        if (partitions != count || covered.cardinality() != count) {
            return null;
        }
        sort(found, query.order());
        return found;
    }

    private List<Found> paged(DocumentQuery query) {
        IMap<String, HazelcastJsonValue> documents = hazelcast.getMap(map);
        List<Map.Entry<String, HazelcastJsonValue>> entries;
        if (query.limit() == null) {
            entries = new ArrayList<>(documents.entrySet(query.predicate()));
        } else {
            PagingPredicate<String, HazelcastJsonValue> page = Predicates.pagingPredicate(query.predicate(), query.order(),
                    Math.toIntExact(Math.min(Integer.MAX_VALUE, query.offset() + query.limit())));
            entries = new ArrayList<>(documents.entrySet(page));
        }
        List<Found> found = new ArrayList<>(entries.size());
        entries.forEach(entry -> found.add(new Found(entry.getKey(), entry.getValue().getValue())));
        sort(found, query.order());
        return found;
    }

    private static void sort(List<Found> found, DocumentOrder order) {
        found.sort(order.keys().isEmpty() ? (a, b) -> a.id().compareTo(b.id())
                : (a, b) -> order.compare(a.document(), a.id(), b.document(), b.id()));
    }

    private static DocumentTopK.Candidates await(Future<DocumentTopK.Candidates> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("a top-k query was interrupted", e);
        } catch (ExecutionException e) { // a member that left, say: the paging query will ask the others
            LoggerFactory.getLogger(DocumentReads.class).debug("a member could not answer a top-k query: {}", e.getCause().toString());
            return null;
        }
    }
}
