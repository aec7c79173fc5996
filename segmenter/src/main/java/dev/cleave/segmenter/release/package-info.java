/**
 * Writing the release: per segment the modules it needs with only their import specifiers
 * rewritten, generated remote modules for procedures of other segments, resource modules once per
 * node, and {@code manifest.json} (docs/release-format.md). The release is assembled in memory,
 * written to a temporary folder next to the target and moved into place at the end.
 */
package dev.cleave.segmenter.release;
