package dev.cleave.node.state;

import java.util.Map;

import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;

/**
 * Stores a whole document where its entry lives: an insert when {@code replace} is false (only
 * if there is none), a replacement when true (only if there is one). Gives whether it was written.
 */
record DocumentWrite(String json, boolean replace) implements EntryProcessor<String, HazelcastJsonValue, Boolean> {
    @Override
    public Boolean process(Map.Entry<String, HazelcastJsonValue> entry) {
        if ((entry.getValue() != null) != replace) {
            return false;
        }
        entry.setValue(new HazelcastJsonValue(json));
        return true;
    }
}
