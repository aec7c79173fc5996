/**
 * Cleave's segmenter: a TypeScript or JavaScript project plus its segment files become a release
 * that the runtime loads. {@link dev.cleave.segmenter.Segmenter} builds (and rebuilds, reusing the
 * analysis of unchanged files); {@link dev.cleave.segmenter.BuildCommand} is {@code ./cleave build}.
 *
 * <p>Invariant: a build either writes a complete release or throws a {@link
 * dev.cleave.segmenter.BuildException} and leaves the target folder as it was.
 */
package dev.cleave.segmenter;
