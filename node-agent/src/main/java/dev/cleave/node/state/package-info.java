/**
 * The node's application state on Hazelcast: documents, counters and blobs as IMaps, and the
 * optional write-through to a database. Map names start with {@code cleave.}: {@code cleave.doc.<name>},
 * {@code cleave.counters}, {@code cleave.blobs}. Every operation is asynchronous and runs on
 * virtual threads or Hazelcast's own, never on an event loop.
 */
package dev.cleave.node.state;
