/**
 * The browser client: ES modules that every browser bundle includes, shipped in this jar.
 *
 * <p>The JavaScript has no run-time dependencies. Its serializer, error classes and
 * Request/Response are also the runtime's (the runtime build copies those files), so the browser
 * and the server cannot disagree about the wire.
 */
package dev.cleave.browser;
