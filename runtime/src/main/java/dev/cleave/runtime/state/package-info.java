/**
 * What application state the runtime offers to JavaScript (documents, counters, blobs), as an SPI
 * the node implements. Values cross as JSON strings and byte arrays; no store types leak in here.
 * Every operation is asynchronous: it must never block an event loop.
 */
package dev.cleave.runtime.state;
