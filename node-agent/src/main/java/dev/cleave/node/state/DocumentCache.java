package dev.cleave.node.state;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;

import dev.cleave.runtime.state.DocumentStore.NearCache;

/**
 * A node's near cache of one collection: documents it read, kept at most {@code maxAge}. A write
 * on this node drops its entry when the write is done; a write on another node drops it when the
 * map's entry event arrives (milliseconds on a healthy cluster), and {@code maxAge} bounds the
 * staleness should an event be late or lost. A read that raced with a write is not cached: each
 * key's slot counts invalidations, and a value read before one is not stored after it.
 */
final class DocumentCache {
    private static final int SLOTS = 4096;

    private final Cache<String, String> documents;
    private final AtomicLongArray invalidations = new AtomicLongArray(SLOTS);

    DocumentCache(NearCache settings) {
        this.documents = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(settings.maxAgeSeconds()))
                .maximumSize(settings.maxEntries()).build();
    }

    /** Drops entries as the map changes, on any member. */
    void listen(IMap<String, HazelcastJsonValue> map) {
        map.addEntryListener(new Invalidation(), false);
    }

    /** The cached document, or {@code null}. */
    String cached(String id) {
        return documents.getIfPresent(id);
    }

    /** The invalidation count of the id's slot: take it before reading the store, pass it to {@link #store}. */
    long stamp(String id) {
        return invalidations.get(slot(id));
    }

    /** Keeps a document read from the store, unless it changed since {@code stamp}. Missing documents are not kept. */
    void store(String id, String json, long stamp) {
        if (json != null && invalidations.get(slot(id)) == stamp) {
            documents.put(id, json);
            if (invalidations.get(slot(id)) != stamp) {
                documents.invalidate(id);
            }
        }
    }

    void invalidate(String id) {
        invalidations.incrementAndGet(slot(id));
        documents.invalidate(id);
    }

    /** Reads through the cache. */
    String read(String id, Supplier<String> store) {
        String json = cached(id);
        if (json != null) {
            return json;
        }
        long stamp = stamp(id);
        json = store.get();
        store(id, json, stamp);
        return json;
    }

    private static int slot(String id) {
        return (id.hashCode() & 0x7fffffff) % SLOTS;
    }

    private final class Invalidation implements EntryUpdatedListener<String, HazelcastJsonValue>,
            EntryRemovedListener<String, HazelcastJsonValue>, EntryEvictedListener<String, HazelcastJsonValue>,
            EntryExpiredListener<String, HazelcastJsonValue> {
        @Override
        public void entryUpdated(EntryEvent<String, HazelcastJsonValue> event) {
            invalidate(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, HazelcastJsonValue> event) {
            invalidate(event.getKey());
        }

        @Override
        public void entryEvicted(EntryEvent<String, HazelcastJsonValue> event) {
            invalidate(event.getKey());
        }

        @Override
        public void entryExpired(EntryEvent<String, HazelcastJsonValue> event) {
            invalidate(event.getKey());
        }
    }
}
