/**
 * Cleave's runtime: executes the JavaScript of a release inside one JVM.
 *
 * <p>{@link dev.cleave.runtime.JsRuntime} is the entry point: one shared GraalJS engine, N event
 * loops that each own one context, ES modules loaded from a directory tree, and the web-standard
 * globals server code expects. Network servers and clustering live in node-agent, not here.
 */
package dev.cleave.runtime;
