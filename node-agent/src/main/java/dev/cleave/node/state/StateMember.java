package dev.cleave.node.state;

import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
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
    private StateMember() {}

    /** Every state map writes through to {@code database} and loads all of it when first used. */
    static void persist(Config config, StateDatabase database) {
        MapStoreFactory<String, Object> factory = (name, properties) -> (MapStore<String, Object>) new JdbcMapStore(database, name);
        // Not offloaded: the store's calls are short (an embedded database, and no call at all for a
        // read, see JdbcMapStore.load), and each hand-off to Hazelcast's offload pool cost more.
        MapStoreConfig store = new MapStoreConfig().setEnabled(true).setWriteDelaySeconds(0).setOffload(false)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER).setFactoryImplementation(factory);
        config.addMapConfig(new MapConfig("cleave.*").setMapStoreConfig(store));
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
