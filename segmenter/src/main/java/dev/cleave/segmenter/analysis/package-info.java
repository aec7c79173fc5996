/**
 * What the segmenter knows about one module, from swc4j: the JavaScript the transpiler writes, the
 * import specifiers with their exact place in that JavaScript, the exports, and for every exported
 * function whether it is async, an arrow, and its parameters. An analysis depends only on the
 * file's text, so {@link dev.cleave.segmenter.analysis.ModuleAnalyzer} caches it by content hash:
 * a rebuild analyses only the files that changed.
 */
package dev.cleave.segmenter.analysis;
