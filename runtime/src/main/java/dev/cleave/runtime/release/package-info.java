/**
 * A built release as nodes see it: {@code manifest.json} (written by the segmenter, read here) and
 * the catalog of procedures a node serves from its segments. See docs/release-format.md.
 */
package dev.cleave.runtime.release;
