package dev.cleave.segmenter.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Analyses modules with swc4j and remembers each result by the file's content hash, so a rebuild
 * pays only for files whose text changed. Safe to use from several threads.
 */
public final class ModuleAnalyzer {
    /** Enough for a large project; an evicted entry only costs one more analysis. */
    public static final int DEFAULT_CACHE_SIZE = 20_000;

    private final Cache<String, ModuleAnalysis> cache;
    private final AtomicLong analysed = new AtomicLong();

    public ModuleAnalyzer() {
        this(DEFAULT_CACHE_SIZE);
    }

    public ModuleAnalyzer(int cacheSize) {
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /**
     * The analysis of {@code file}, from the cache when a file with the same text was analysed before.
     *
     * @throws dev.cleave.segmenter.BuildException for a syntax error, naming file, line and column
     */
    public ModuleAnalysis analyze(SourceFile file) {
        return cache.get(file.hash(), hash -> analyzeNow(file));
    }

    /** How many files were really analysed (cache misses) since this analyzer was made. */
    public long analysedCount() {
        return analysed.get();
    }

    private ModuleAnalysis analyzeNow(SourceFile file) {
        analysed.incrementAndGet();
        String code;
        Swc4jAstModule source;
        Swc4jAstModule output;
        if (file.kind() == SourceKind.TYPESCRIPT) {
            Swc.Transpiled transpiled = Swc.transpile(file);
            code = transpiled.code();
            source = transpiled.source();
            output = Swc.parse(file, code);
        } else {
            // JavaScript is kept exactly as written: there is nothing to transpile.
            code = file.text();
            source = Swc.parse(file, code);
            output = source;
        }
        List<ImportRef> imports = ImportReader.of(output, code);
        List<ExportEntry> exports = ExportReader.of(source);
        return new ModuleAnalysis(code, imports, exports);
    }
}
