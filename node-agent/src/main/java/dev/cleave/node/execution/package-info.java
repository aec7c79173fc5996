/**
 * Running calls on this node: finding the procedure version, checking access and the trust key,
 * and handing the call to the runtime. Roles that route elsewhere plug in here later
 * ({@code Local...}/{@code Remote...} invokers).
 */
package dev.cleave.node.execution;
