/**
 * ES module loading: where an import specifier points (relative files, {@code index} modules,
 * built-in modules by name, npm packages in {@code node_modules}), and the read-only file system
 * that confines JavaScript to the release directory.
 *
 * <p>Invariant: a resolved path is always inside the release root or the built-in module folder.
 */
package dev.cleave.runtime.modules;
