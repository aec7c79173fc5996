package dev.cleave.node.config;

import java.util.List;

/**
 * Cleave's {@code cluster} key of a service file: how the node's embedded Hazelcast member finds
 * the others. The defaults form a cluster of every node on one machine.
 *
 * @param name      cluster name; members of different names never join; default {@code cleave}
 * @param members   addresses of members to join ({@code host} or {@code host:port}); default {@code 127.0.0.1}
 * @param interfaceAddress the address the member binds and announces; default {@code 127.0.0.1}
 * @param port      first port tried for the member; default 5701; the next 100 are tried when taken
 * @param kubernetes find the members through Kubernetes instead of {@code members}; {@code null} when not on Kubernetes
 * @param minimumMembers how many members a member must see for the state to take writes (split-brain
 *                  protection: the smaller side of a split refuses writes); default 1, no protection
 */
public record ClusterConfig(String name, List<String> members, @com.fasterxml.jackson.annotation.JsonProperty("interface")
                            String interfaceAddress, Integer port, Kubernetes kubernetes, Integer minimumMembers) {
    public static final ClusterConfig DEFAULT = new ClusterConfig(null, null, null, null, null, null);

    /**
     * Discovery on Kubernetes: the members are the addresses of a headless service.
     *
     * @param serviceDns the DNS name of the headless service that selects the cluster's pods,
     *                   e.g. {@code comic-members.default.svc.cluster.local}
     */
    public record Kubernetes(String serviceDns) {}

    /** A cluster found through {@code members}. */
    public ClusterConfig(String name, List<String> members, String interfaceAddress, Integer port) {
        this(name, members, interfaceAddress, port, null, null);
    }

    /**
     * Whether the member is reachable only from this machine: its interface is a 127.x.x.x address,
     * {@code ::1} or {@code localhost}. A pattern or another host name is taken as reachable from others.
     */
    public boolean onThisMachine() {
        return interfaceAddress.matches("127\\.[0-9.]+") || interfaceAddress.equals("::1")
                || interfaceAddress.equalsIgnoreCase("localhost");
    }

    public ClusterConfig {
        name = name == null ? "cleave" : name;
        members = members == null || members.isEmpty() ? List.of("127.0.0.1") : List.copyOf(members);
        interfaceAddress = interfaceAddress == null ? "127.0.0.1" : interfaceAddress;
        port = port == null ? 5701 : port;
        minimumMembers = minimumMembers == null ? 1 : minimumMembers;
    }
}
