package dev.cleave.node.cluster;

import java.util.UUID;

/** Names of the Hazelcast topics calls travel on: one inbox and one reply topic per member. */
final class Topics {
    /** A pattern that matches every topic of Cleave's calls, for their configuration. */
    static final String ALL = "cleave.*";

    private Topics() {}

    /** Where {@code member} takes calls from the others. */
    static String inbox(UUID member) {
        return "cleave.inbox." + member;
    }

    /** Where {@code member} takes the replies to its calls. */
    static String replies(UUID member) {
        return "cleave.replies." + member;
    }
}
