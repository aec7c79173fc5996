package dev.cleave.node.state;

import java.util.List;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionOn;
import com.hazelcast.config.MapStoreConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.MapStore;
import com.hazelcast.map.MapStoreFactory;

import dev.cleave.node.cluster.MemberNetwork;

/**
 * Hazelcast config of state: the write-through to a database, and the private one-member instance
 * of a standalone node (loopback only, joins nobody, a cluster name no one else has).
 */
final class StateMember {
    static final String PROTECTION = "cleave-state-majority";
    /**
     * The maps of the state modules. Only these are written to the database and protected: the
     * cluster's own maps ({@code cleave.listening}, ...) are not state, have no codec, and a member
     * alone must still be able to write them.
     */
    static final List<String> STATE_MAPS = List.of(StateMaps.DOCUMENT_PREFIX + "*", StateMaps.COUNTERS, StateMaps.BLOBS,
            StateMaps.EVENT_PREFIX + "*");
    private StateMember() {}

    /** Every state map writes through to {@code database} and loads all of it when first used. */
    static void persist(Config config, StateDatabase database) {
        MapStoreFactory<String, Object> factory = (name, properties) -> (MapStore<String, Object>) new JdbcMapStore(database, name);
        // Not offloaded: the store's calls are short (an embedded database, and no call at all for a
        // read, see JdbcMapStore.load), and each hand-off to Hazelcast's offload pool cost more.
        MapStoreConfig store = new MapStoreConfig().setEnabled(true).setWriteDelaySeconds(0).setOffload(false)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER).setFactoryImplementation(factory);
        for (String pattern : STATE_MAPS) {
            config.addMapConfig(mapConfig(config, pattern).setMapStoreConfig(store));
        }
    }

    /**
     * Split-brain protection of the state maps: a member that sees fewer than {@code minimumMembers}
     * members (itself included) refuses writes to them. The member's own maps (routing) are not
     * protected, so a member alone still starts and is routed to.
     */
    static void protect(Config config, int minimumMembers) {
        if (minimumMembers <= 1) {
            return;
        }
        config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(PROTECTION, true, minimumMembers)
                .setProtectOn(SplitBrainProtectionOn.WRITE));
        for (String pattern : STATE_MAPS) {
            config.addMapConfig(mapConfig(config, pattern).setSplitBrainProtectionName(PROTECTION));
        }
    }

    /** The config of the maps matching {@code pattern} so far (the write-through, say), or a new one. */
    private static MapConfig mapConfig(Config config, String pattern) {
        MapConfig existing = config.getMapConfigs().get(pattern);
        return existing != null ? existing : new MapConfig(pattern);
    }

    /** Starts a private member; with {@code database}, state writes through to it and is loaded now. */
    static HazelcastInstance startPrivate(StateDatabase database) {
        Config config = new Config();
        String name = "cleave-state-" + UUID.randomUUID();
        config.setClusterName(name);
        config.setInstanceName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        MemberNetwork.configure(config, "127.0.0.1", 5701, 1000).getTcpIpConfig().setEnabled(false);
        if (database != null) {
            persist(config, database);
        }
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config);
        if (database != null) {
            database.mapNames().forEach(hazelcast::getMap); // loads each map now, not on a loop's first call
        }
        return hazelcast;
    }
}
