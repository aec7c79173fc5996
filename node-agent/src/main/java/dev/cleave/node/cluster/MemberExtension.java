package dev.cleave.node.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;

/** Something else of the node that lives on the cluster member: it adds to the member's config and learns when it has joined. */
public interface MemberExtension {
    /** Adds to the member's config before it starts. */
    void configure(Config config);

    /** The member has joined its cluster. */
    void joined(HazelcastInstance hazelcast);
}
