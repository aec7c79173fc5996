/**
 * The node agent: the process that runs on every node. {@link dev.cleave.node.NodeAgent} wires a
 * node together by hand from its service file; feature packages hold the parts.
 */
package dev.cleave.node;
