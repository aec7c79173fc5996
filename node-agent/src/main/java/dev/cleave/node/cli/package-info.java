/** The node agent's command line: {@code start --service=<file> ...}. Errors end the process with a message, not a stack trace. */
package dev.cleave.node.cli;
