package dev.cleave.node.cluster;

import com.hazelcast.config.AdvancedNetworkConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ServerSocketEndpointConfig;

/**
 * How a node's Hazelcast member meets the network: one server socket, for members only, bound to
 * one interface. Hazelcast's default would listen on every interface ({@code *:5701}) and take
 * Hazelcast clients, REST and memcache on the same port; a client that knows the cluster name
 * could then read and write every map and topic. With the advanced network and only a member
 * endpoint, there is no client endpoint to connect to, and with {@code bind.any} off the socket is
 * bound to the configured address alone. What members send as Java-serialized objects passes
 * the {@link SerialFilter}.
 */
public final class MemberNetwork {
    private MemberNetwork() {}

    /**
     * Configures {@code config}'s member socket on {@code interfaceAddress} (an address or a
     * pattern such as {@code 10.0.*.*}), from {@code port} up to {@code portCount} ports, with
     * multicast and auto-detection off; the caller sets how members are found on the join returned.
     */
    public static JoinConfig configure(Config config, String interfaceAddress, int port, int portCount) {
        SerialFilter.install();
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.socket.server.bind.any", "false");
        config.setProperty("hazelcast.socket.client.bind.any", "false");
        AdvancedNetworkConfig network = config.getAdvancedNetworkConfig().setEnabled(true);
        ServerSocketEndpointConfig member = new ServerSocketEndpointConfig();
        member.setPort(port).setPortAutoIncrement(true).setPortCount(portCount);
        member.getInterfaces().setEnabled(true).addInterface(interfaceAddress);
        network.setMemberEndpointConfig(member);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        return join;
    }
}
