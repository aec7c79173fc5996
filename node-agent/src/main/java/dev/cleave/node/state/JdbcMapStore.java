package dev.cleave.node.state;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hazelcast.map.MapStore;

/**
 * Writes one state map through to the {@link StateDatabase} (every change before it is
 * acknowledged) and loads it back, all of it, when the map is first used after a start.
 */
final class JdbcMapStore implements MapStore<String, Object> {
    private final StateDatabase database;
    private final String map;
    private final StateCodec codec;

    JdbcMapStore(StateDatabase database, String map) {
        this.database = database;
        this.map = map;
        this.codec = StateCodec.of(map);
    }

    @Override
    public void store(String key, Object value) {
        database.store(map, Map.of(key, codec.encode(value)));
    }

    @Override
    public void storeAll(Map<String, Object> entries) {
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        entries.forEach((key, value) -> encoded.put(key, codec.encode(value)));
        database.store(map, encoded);
    }

    @Override
    public void delete(String key) {
        database.delete(map, List.of(key));
    }

    @Override
    public void deleteAll(Collection<String> keys) {
        database.delete(map, keys);
    }

    /**
     * A key the map does not hold is not in the database either: the map loads every key of the
     * database when it is first used (initial load mode EAGER), and every write goes through the
     * map. So a miss is answered without a query (it cost one database query per absent key: a
     * timeline that checks whether the reader liked each post asks for many absent keys).
     */
    @Override
    public Object load(String key) {
        return null;
    }

    @Override
    public Map<String, Object> loadAll(Collection<String> keys) {
        Map<String, Object> values = new LinkedHashMap<>();
        database.load(map, keys).forEach((key, bytes) -> values.put(key, codec.decode(bytes)));
        return values;
    }

    @Override
    public Iterable<String> loadAllKeys() {
        return database.keys(map);
    }
}
