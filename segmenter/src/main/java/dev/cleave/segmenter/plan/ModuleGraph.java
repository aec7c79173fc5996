package dev.cleave.segmenter.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.analysis.ModuleAnalyzer;
import dev.cleave.segmenter.analysis.SourceFile;

/**
 * The modules of one build, loaded on first use: each file is read once per build and analysed
 * only if its text is new to the {@link ModuleAnalyzer}. Only modules reachable from segment and
 * resource files are ever loaded.
 */
public final class ModuleGraph {
    private final SourceTree tree;
    private final ModuleAnalyzer analyzer;
    private final Map<String, LoadedModule> modules = new LinkedHashMap<>();

    public ModuleGraph(SourceTree tree, ModuleAnalyzer analyzer) {
        this.tree = tree;
        this.analyzer = analyzer;
    }

    public SourceTree tree() {
        return tree;
    }

    public LoadedModule load(SourceModule source) {
        LoadedModule loaded = modules.get(source.path());
        if (loaded == null) {
            String text = read(source);
            SourceFile file = new SourceFile(source.shown(), source.kind(), text);
            loaded = new LoadedModule(source, file, analyzer.analyze(file));
            modules.put(source.path(), loaded);
        }
        return loaded;
    }

    /** Every module loaded so far, in load order. */
    public Collection<LoadedModule> loaded() {
        return Collections.unmodifiableCollection(modules.values());
    }

    /**
     * What {@code specifier}, written in {@code importer}, points to.
     *
     * @throws BuildException if it names a file that is not there or lies outside the source folder
     */
    public ImportTarget resolve(LoadedModule importer, String specifier) {
        if (specifier.startsWith("/") || specifier.startsWith("file:")) {
            throw new BuildException(importer.shown() + ": import '" + specifier + "' is an absolute path — import modules"
                    + " of the project with a relative path ('./...')");
        }
        if (!specifier.startsWith("./") && !specifier.startsWith("../") && !specifier.equals(".") && !specifier.equals("..")) {
            return new ImportTarget.Bare(specifier);
        }
        Path base = importer.source().file().getParent().resolve(specifier).normalize();
        if (!tree.inside(base)) {
            throw new BuildException(importer.shown() + ": import '" + specifier + "' points outside the source folder "
                    + tree.config().display(tree.root()) + " — move that module into " + tree.config().display(tree.root())
                    + " or install it as a package");
        }
        SourceModule target = tree.relative(importer.source(), specifier).orElseThrow(() -> new BuildException(
                importer.shown() + ": import '" + specifier + "' does not exist (looked for " + tree.lookedFor(base)
                        + ") — fix the import or add the module"));
        return new ImportTarget.Module(load(target));
    }

    private String read(SourceModule source) {
        try {
            return Files.readString(source.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(source.shown() + ": cannot read the file (" + e.getMessage() + ")");
        }
    }
}
