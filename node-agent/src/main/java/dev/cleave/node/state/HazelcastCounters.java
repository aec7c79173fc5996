package dev.cleave.node.state;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import dev.cleave.runtime.state.CounterStore;

/** Counters as entries of the map {@code cleave.counters}, changed by an entry processor on their owner. */
final class HazelcastCounters implements CounterStore {
    private final StateMaps maps;

    HazelcastCounters(StateMaps maps) {
        this.maps = maps;
    }

    @Override
    public CompletableFuture<Long> add(String key, long delta) {
        return maps.blocking(hz -> counters(hz).executeOnKey(key, new CounterAdd(delta)));
    }

    @Override
    public CompletableFuture<Long> get(String key) {
        return maps.blocking(hz -> {
            Long value = counters(hz).get(key);
            return value == null ? 0L : value;
        });
    }

    @Override
    public CompletableFuture<long[]> getMany(List<String> keys) {
        return maps.blocking(hz -> {
            Map<String, Long> found = counters(hz).getAll(new HashSet<>(keys));
            long[] values = new long[keys.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = found.getOrDefault(keys.get(i), 0L);
            }
            return values;
        });
    }

    @Override
    public CompletableFuture<Boolean> delete(String key) {
        return maps.blocking(hz -> counters(hz).remove(key) != null);
    }

    private IMap<String, Long> counters(HazelcastInstance hz) {
        return maps.map(hz, StateMaps.COUNTERS);
    }
}
