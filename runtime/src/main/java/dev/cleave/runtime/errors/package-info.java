/**
 * Errors a call into JavaScript can end with. They carry messages meant for people: what went
 * wrong, where, and how to fix it. Nothing here depends on GraalJS.
 */
package dev.cleave.runtime.errors;
