package dev.cleave.node.cluster;

import java.io.ObjectInputFilter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide filter of Java deserialization: what another member sends as a Java-serialized
 * object (entry processors, comparators, Hazelcast's exceptions) may only be of Cleave's, Hazelcast's
 * and the JDK's plain data classes, within bounds of depth, references, array length and size.
 * A member is not trusted to send gadget chains (classes whose deserialization runs code) or
 * object graphs built to exhaust memory. Installed once, before the first Hazelcast member starts;
 * a filter set by the operator ({@code -Djdk.serialFilter=...}) is kept.
 */
final class SerialFilter {
    private static final Logger LOG = LoggerFactory.getLogger(SerialFilter.class);

    /** The pattern, in the JDK's {@link ObjectInputFilter.Config#createFilter} syntax. */
    static final String PATTERN = "maxdepth=32;maxrefs=1000000;maxarray=16777216;maxbytes=67108864;"
            + "dev.cleave.**;com.hazelcast.**;java.lang.*;java.util.*;java.util.concurrent.*;java.time.*;java.math.*;!*";

    private SerialFilter() {}

    static synchronized void install() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == null) {
            ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter(PATTERN));
        } else if (!PATTERN.equals(current.toString())) {
            LOG.info("keeping the Java deserialization filter set for this JVM: {}", current);
        }
    }
}
