/**
 * The GraalJS engine and the event loops that run JavaScript.
 *
 * <p>Invariants: one {@link org.graalvm.polyglot.Engine} per JVM; each {@link
 * dev.cleave.runtime.engine.EventLoop} is one thread that alone touches its context; work from any
 * other thread reaches a loop only through {@link dev.cleave.runtime.engine.EventLoop#post}.
 */
package dev.cleave.runtime.engine;
