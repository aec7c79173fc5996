/**
 * Service files (Jitar's format, one per process): strict JSON read into records, with
 * {@code ${VAR}} taken from the environment and an env file. Every error names the file and the key.
 */
package dev.cleave.node.config;
