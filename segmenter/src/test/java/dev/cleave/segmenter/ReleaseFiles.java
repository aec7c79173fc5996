package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cleave.segmenter.analysis.ImportRef;
import dev.cleave.segmenter.analysis.ModuleAnalysis;
import dev.cleave.segmenter.analysis.ModuleAnalyzer;
import dev.cleave.segmenter.analysis.SourceFile;
import dev.cleave.segmenter.analysis.SourceKind;

/** Checks on the files of a built release. */
final class ReleaseFiles {
    private static final ModuleAnalyzer ANALYZER = new ModuleAnalyzer();

    private ReleaseFiles() {}

    /** The specifiers of a release file, in order. */
    static List<String> specifiers(String code) {
        return analyse(code).imports().stream().map(ImportRef::specifier).toList();
    }

    /**
     * Asserts that every module copied into the release equals the transpiler's output of its
     * source except inside import specifiers: the text between specifiers is byte-for-byte the same.
     *
     * @param source the app's source folder
     * @return how many files were compared
     */
    static int assertOnlySpecifiersChanged(Path source, Path release) {
        int compared = 0;
        for (Map.Entry<String, String> file : TestApps.files(release).entrySet()) {
            String path = file.getKey();
            if (!path.endsWith(".js") || path.contains("/__remote__/")) {
                continue;
            }
            String modulePath = path.startsWith("resources/") ? path.substring("resources/".length())
                    : path.startsWith("common/") ? path.substring("common/".length())
                    : path.substring(path.indexOf('/', "segments/".length()) + 1);
            modulePath = modulePath.substring(0, modulePath.length() - ".js".length());
            ModuleAnalysis original = original(source, modulePath);
            ModuleAnalysis written = analyse(file.getValue());
            assertThat(between(written)).as("text of %s outside its import specifiers", path).isEqualTo(between(original));
            compared++;
        }
        return compared;
    }

    private static ModuleAnalysis original(Path source, String modulePath) {
        for (String extension : SourceKind.extensions()) {
            Path file = source.resolve(modulePath + extension);
            if (Files.isRegularFile(file)) {
                try {
                    SourceKind kind = SourceKind.of(file.getFileName().toString()).orElseThrow();
                    return ANALYZER.analyze(new SourceFile(modulePath, kind, Files.readString(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("the release has " + modulePath + ".js, but the app has no such module");
    }

    private static ModuleAnalysis analyse(String code) {
        return ANALYZER.analyze(new SourceFile("release file", SourceKind.JAVASCRIPT, code));
    }

    /** The pieces of code between (and around) the import specifiers. */
    private static List<String> between(ModuleAnalysis analysis) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (ImportRef ref : analysis.imports()) {
            pieces.add(analysis.code().substring(from, ref.start()));
            from = ref.end();
        }
        pieces.add(analysis.code().substring(from));
        return pieces;
    }
}
