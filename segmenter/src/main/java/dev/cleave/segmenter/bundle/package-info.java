/**
 * The browser bundle: the front end's sources are laid out again with every module that declares
 * procedures replaced by a stub calling the browser client's {@code __run}, the registered classes
 * registered with the client, and esbuild (a binary from Maven Central) bundles the lot. Nothing
 * here runs JavaScript; esbuild runs as a process with a deadline.
 */
package dev.cleave.segmenter.bundle;
