package dev.cleave.node.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.config.IndexType;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;

import dev.cleave.runtime.state.DocumentStore;

/**
 * Collections as maps {@code cleave.doc.<name>} of {@link HazelcastJsonValue}, queried with
 * Hazelcast predicates over JSON paths and served by the indexes the app declares (see {@link
 * DocumentReads} for how a query is run). A collection declared with a cache reads through a
 * {@link DocumentCache} of this node.
 */
final class HazelcastDocuments implements DocumentStore {
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastDocuments.class);
    private final StateMaps maps;
    private final Map<String, Set<String>> indexes = new ConcurrentHashMap<>();
    private final Map<String, DocumentCache> caches = new ConcurrentHashMap<>();

    HazelcastDocuments(StateMaps maps) {
        this.maps = maps;
    }

    @Override
    public void declare(String collection, List<String> fields, NearCache cache) {
        Set<String> declared = indexes.computeIfAbsent(collection, name -> ConcurrentHashMap.newKeySet());
        List<String> added = fields.stream().filter(declared::add).toList();
        DocumentCache newCache = cache == null || caches.containsKey(collection) ? null : new DocumentCache(cache);
        if (newCache != null) {
            caches.put(collection, newCache);
        }
        if (!added.isEmpty() || newCache != null) { // collections are declared as modules load: on a clustered node, before it has joined
            maps.whenReady(hz -> {
                IMap<String, HazelcastJsonValue> map = collection(hz, collection);
                added.forEach(field -> map.addIndex(IndexType.SORTED, field));
                if (newCache != null) {
                    newCache.listen(map);
                }
                LOG.info("collection {}: indexes on {}{}", collection, added, newCache == null ? "" : ", near cache " + cache);
            });
        }
    }

    @Override
    public CompletableFuture<Boolean> insert(String collection, String id, String json) {
        return write(collection, id, maps.blocking(hz -> collection(hz, collection).executeOnKey(id, new DocumentWrite(json, false))));
    }

    @Override
    public CompletableFuture<String> get(String collection, String id) {
        DocumentCache cache = caches.get(collection);
        if (cache != null) {
            String cached = cache.cached(id);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        return maps.blocking(hz -> {
            IMap<String, HazelcastJsonValue> map = collection(hz, collection);
            return cache == null ? text(map.get(id)) : cache.read(id, () -> text(map.get(id)));
        });
    }

    @Override
    public CompletableFuture<String> getMany(String collection, List<String> ids, List<String> fields) {
        DocumentCache cache = caches.get(collection);
        DocumentProjection projection = new DocumentProjection(fields);
        String[] found = new String[ids.size()];
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < found.length; i++) {
            found[i] = cache == null ? null : cache.cached(ids.get(i));
            if (found[i] == null) {
                missing.add(ids.get(i));
            }
        }
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(array(found, projection));
        }
        return maps.blocking(hz -> {
            Map<String, Long> stamps = new java.util.HashMap<>();
            if (cache != null) {
                missing.forEach(id -> stamps.put(id, cache.stamp(id)));
            }
            Map<String, HazelcastJsonValue> read = collection(hz, collection).getAll(missing);
            for (int i = 0; i < found.length; i++) {
                if (found[i] == null) {
                    found[i] = text(read.get(ids.get(i)));
                    if (cache != null) {
                        cache.store(ids.get(i), found[i], stamps.get(ids.get(i)));
                    }
                }
            }
            return array(found, projection);
        });
    }

    @Override
    public CompletableFuture<Long> count(String collection, String where) {
        var predicate = DocumentQuery.where(where);
        return maps.blocking(hz -> collection(hz, collection).aggregate(Aggregators.count(), predicate));
    }

    @Override
    public CompletableFuture<Boolean> replace(String collection, String id, String json) {
        return write(collection, id, maps.blocking(hz -> collection(hz, collection).executeOnKey(id, new DocumentWrite(json, true))));
    }

    @Override
    public CompletableFuture<String> update(String collection, String id, String fields) {
        DocumentMerge merge = DocumentMerge.of(fields);
        return write(collection, id, maps.blocking(hz -> collection(hz, collection).executeOnKey(id, merge)));
    }

    @Override
    public CompletableFuture<Boolean> delete(String collection, String id) {
        return write(collection, id, maps.blocking(hz -> collection(hz, collection).remove(id) != null));
    }

    @Override
    public CompletableFuture<String> query(String collection, String query) {
        DocumentQuery parsed;
        try {
            parsed = DocumentQuery.parse(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Set<String> declared = indexes.getOrDefault(collection, Set.of());
        String sortedBy = parsed.order().keys().isEmpty() ? null : parsed.order().keys().getFirst().field();
        boolean indexed = sortedBy != null && declared.contains(sortedBy);
        boolean narrowed = parsed.narrowing().stream().anyMatch(field -> !field.equals(sortedBy) && declared.contains(field));
        return maps.blocking(hz -> new DocumentReads(hz, StateMaps.DOCUMENT_PREFIX + collection).run(parsed, indexed, narrowed));
    }

    /** Drops this node's cached copy once a write is done (whether or not it wrote). */
    private <T> CompletableFuture<T> write(String collection, String id, CompletableFuture<T> work) {
        DocumentCache cache = caches.get(collection);
        return cache == null ? work : work.whenComplete((result, error) -> cache.invalidate(id));
    }

    private static String text(HazelcastJsonValue value) {
        return value == null ? null : value.getValue();
    }

    private static String array(String[] documents, DocumentProjection projection) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < documents.length; i++) {
            json.append(i == 0 ? "" : ",").append(documents[i] == null ? "null" : projection.apply(documents[i]));
        }
        return json.append(']').toString();
    }

    private static IMap<String, HazelcastJsonValue> collection(HazelcastInstance hz, String name) {
        return hz.getMap(StateMaps.DOCUMENT_PREFIX + name);
    }
}
