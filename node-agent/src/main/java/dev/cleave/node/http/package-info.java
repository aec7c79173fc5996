/**
 * The HTTP API of a node (Javalin): {@code /rpc/<fqn>}, {@code /health}, {@code /health/status} and
 * static assets. Javalin types stay in this package.
 */
package dev.cleave.node.http;
