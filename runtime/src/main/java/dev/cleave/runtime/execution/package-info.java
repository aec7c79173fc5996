/**
 * Procedures as the outside world sees them: fully qualified names, versions and access levels,
 * and the rules that pick the version a caller gets. Plain Java; no GraalJS here.
 */
package dev.cleave.runtime.execution;
