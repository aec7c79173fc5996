package dev.cleave.node.state;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;

/** Adds a delta to a counter where its entry lives: atomic per key, and backed up like any write. */
record CounterAdd(long delta) implements EntryProcessor<String, Long, Long> {
    @Override
    public Long process(Map.Entry<String, Long> entry) {
        long value = Math.addExact(entry.getValue() == null ? 0L : entry.getValue(), delta);
        entry.setValue(value);
        return value;
    }
}
