package dev.cleave.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.config.IndexType;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.PagingPredicate;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;

import dev.cleave.runtime.state.DocumentStore;

/**
 * Collections as maps {@code cleave.doc.<name>} of {@link HazelcastJsonValue}, queried with
 * Hazelcast predicates over JSON paths and served by the indexes the app declares. A sorted or
 * limited query asks the members for their first {@code offset + limit} entries in order
 * ({@link PagingPredicate}) and skips the offset here.
 */
final class HazelcastDocuments implements DocumentStore {
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastDocuments.class);
    private final StateMaps maps;
    private final Map<String, Set<String>> indexes = new ConcurrentHashMap<>();

    HazelcastDocuments(StateMaps maps) {
        this.maps = maps;
    }

    @Override
    public void declare(String collection, List<String> fields) {
        Set<String> declared = indexes.computeIfAbsent(collection, name -> ConcurrentHashMap.newKeySet());
        List<String> added = fields.stream().filter(declared::add).toList();
        if (!added.isEmpty()) { // collections are declared as modules load: on a clustered node, before it has joined
            maps.whenReady(hz -> {
                IMap<String, HazelcastJsonValue> map = collection(hz, collection);
                added.forEach(field -> map.addIndex(IndexType.SORTED, field));
                LOG.info("collection {}: indexes on {}", collection, added);
            });
        }
    }

    @Override
    public CompletableFuture<Boolean> insert(String collection, String id, String json) {
        return maps.blocking(hz -> collection(hz, collection).executeOnKey(id, new DocumentWrite(json, false)));
    }

    @Override
    public CompletableFuture<String> get(String collection, String id) {
        return maps.blocking(hz -> {
            HazelcastJsonValue value = collection(hz, collection).get(id);
            return value == null ? null : value.getValue();
        });
    }

    @Override
    public CompletableFuture<Boolean> replace(String collection, String id, String json) {
        return maps.blocking(hz -> collection(hz, collection).executeOnKey(id, new DocumentWrite(json, true)));
    }

    @Override
    public CompletableFuture<String> update(String collection, String id, String fields) {
        DocumentMerge merge = DocumentMerge.of(fields);
        return maps.blocking(hz -> collection(hz, collection).executeOnKey(id, merge));
    }

    @Override
    public CompletableFuture<Boolean> delete(String collection, String id) {
        return maps.blocking(hz -> collection(hz, collection).remove(id) != null);
    }

    @Override
    public CompletableFuture<String> query(String collection, String query) {
        DocumentQuery parsed;
        try {
            parsed = DocumentQuery.parse(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return maps.blocking(hz -> run(collection(hz, collection), parsed));
    }

    private static String run(IMap<String, HazelcastJsonValue> map, DocumentQuery query) {
        Predicate<String, HazelcastJsonValue> where = query.predicate();
        DocumentOrder order = query.order();
        List<Map.Entry<String, HazelcastJsonValue>> found;
        if (query.limit() == null) {
            found = new ArrayList<>(map.entrySet(where));
        } else {
            PagingPredicate<String, HazelcastJsonValue> page = Predicates.pagingPredicate(where, order,
                    Math.toIntExact(Math.min(Integer.MAX_VALUE, query.offset() + query.limit())));
            found = new ArrayList<>(map.entrySet(page));
        }
        found.sort(order);
        StringBuilder json = new StringBuilder("[");
        long end = query.limit() == null ? found.size() : Math.min(found.size(), query.offset() + query.limit());
        for (long i = query.offset(); i < end; i++) {
            json.append(json.length() > 1 ? "," : "").append(found.get((int) i).getValue().getValue());
        }
        return json.append(']').toString();
    }

    private static IMap<String, HazelcastJsonValue> collection(HazelcastInstance hz, String name) {
        return hz.getMap(StateMaps.DOCUMENT_PREFIX + name);
    }
}
