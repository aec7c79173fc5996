package dev.cleave.bench;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.IndexType;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;

/**
 * The operations of {@code apps/state/ops.ts} on a Hazelcast member of its own, from Java: the
 * same maps, values, index and predicate, with as many virtual threads as the JavaScript side has
 * operations in flight, each calling Hazelcast's blocking API (as the binding does).
 */
final class DirectHazelcast implements AutoCloseable {
    private final HazelcastInstance hazelcast;
    private final IMap<String, HazelcastJsonValue> posts;
    private final IMap<String, Long> counters;
    private final IMap<String, HazelcastJsonValue> cached;
    private final AtomicInteger runs = new AtomicInteger();

    private DirectHazelcast(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.posts = hazelcast.getMap("direct.posts");
        this.counters = hazelcast.getMap("direct.counters");
        posts.addIndex(IndexType.SORTED, "group");
        this.cached = hazelcast.getMap("direct.cached");
        for (int i = 0; i < 1000; i++) {
            cached.put("c" + i, new HazelcastJsonValue("{\"id\":\"c" + i + "\",\"title\":\"creator " + i + "\"}"));
        }
    }

    static DirectHazelcast start() {
        Config config = new Config();
        config.setClusterName("direct-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.addMapConfig(new MapConfig("direct.cached").setNearCacheConfig(new NearCacheConfig()
                .setInMemoryFormat(InMemoryFormat.OBJECT).setCacheLocalEntries(true).setTimeToLiveSeconds(60)));
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        return new DirectHazelcast(Hazelcast.newHazelcastInstance(config));
    }

    void run(String operation, int count) throws Exception {
        String run = "r" + runs.incrementAndGet();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?>[] workers = new Future<?>[StateBench.IN_FLIGHT];
            for (int w = 0; w < workers.length; w++) {
                workers[w] = threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        once(operation, run, i);
                    }
                    return null;
                });
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
    }

    private void once(String operation, String run, int i) {
        switch (operation) {
            case "put" -> posts.putIfAbsent(run + "-" + i, new HazelcastJsonValue("{\"id\":\"" + run + "-" + i
                    + "\",\"group\":\"g" + (i % 1000) + "\",\"title\":\"post " + i + "\",\"n\":" + i + "}"));
            case "get" -> posts.get("r1-" + (i % 20_000));
            case "getMany" -> posts.getAll(page(i));
            case "cachedGet" -> cached.get("c" + (i % 1000));
            case "query" -> posts.values(Predicates.equal("group", "g" + (i % 1000)));
            case "increment" -> counters.executeOnKey("c" + (i % 64), new Add());
            default -> throw new IllegalArgumentException(operation);
        }
    }

    /** Adds one where the counter lives, as cleave/counters does. */
    static final class Add implements EntryProcessor<String, Long, Long>, Serializable {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long value = (entry.getValue() == null ? 0 : entry.getValue()) + 1;
            entry.setValue(value);
            return value;
        }
    }

    private static Set<String> page(int i) {
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            ids.add("r1-" + ((i * 10 + k) % 20_000));
        }
        return ids;
    }

    @Override
    public void close() {
        hazelcast.shutdown();
    }
}
