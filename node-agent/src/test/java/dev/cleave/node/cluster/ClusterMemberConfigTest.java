package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.cleave.node.config.ConfigException;

class ClusterMemberConfigTest {

    @Test
    void takesAddressesAndPatternsAsTheyAreAndResolvesHostNames() {
        assertThat(ClusterMember.interfaceAddress("10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(ClusterMember.interfaceAddress("10.0.*.*")).isEqualTo("10.0.*.*");
        assertThat(ClusterMember.interfaceAddress("10.0.0.1-9")).isEqualTo("10.0.0.1-9");
        assertThat(ClusterMember.interfaceAddress("localhost")).isEqualTo("127.0.0.1");
    }

    @Test
    void namesAnInterfaceThatIsNoAddressAndDoesNotResolve() {
        assertThatThrownBy(() -> ClusterMember.interfaceAddress("no-such-host.invalid"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cluster.interface 'no-such-host.invalid'");
    }

    @Test
    void givesNodesWithATrustKeyAClusterNameOfTheirOwn() {
        assertThat(ClusterMember.hazelcastName("shop", null)).isEqualTo("shop");
        assertThat(ClusterMember.hazelcastName("shop", "k1")).startsWith("shop-").isEqualTo(ClusterMember.hazelcastName("shop", "k1"))
                .isNotEqualTo(ClusterMember.hazelcastName("shop", "k2")).doesNotContain("k1");
    }
}
