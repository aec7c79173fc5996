/**
 * The cluster: every node is an embedded Hazelcast member. A member publishes what it hosts on its
 * member attributes, so a member is routable from the moment it joins and is dropped the moment it
 * leaves; calls to other members travel as executor tasks. Hazelcast is used only in this package.
 */
package dev.cleave.node.cluster;
