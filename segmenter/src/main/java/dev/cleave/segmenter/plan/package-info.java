/**
 * Segmentation: which module file a path or specifier means, what each segmented export really is
 * (re-exports followed to the declaring module), its FQN by the rules of COMPATIBILITY.md §2, and
 * the checks that make a {@link dev.cleave.segmenter.plan.ReleasePlan}. The plan is pure data: it
 * says what the release contains, {@code release} writes it.
 *
 * <p>Module paths here are relative to the source folder, without extension, with {@code /}
 * ({@code post/getPost}, {@code post/index}).
 */
package dev.cleave.segmenter.plan;
