/**
 * Web-standard globals that server code expects (the WinterTC minimum common API): console,
 * timers, structuredClone, URL, TextEncoder, atob/btoa, crypto, fetch, AbortController, Event,
 * performance. Each is a {@link dev.cleave.runtime.engine.ContextSetup}; most are JavaScript in
 * {@code src/main/resources/dev/cleave/runtime/webapi/} calling small Java host functions.
 */
package dev.cleave.runtime.webapi;
