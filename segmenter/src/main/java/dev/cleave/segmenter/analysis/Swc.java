package dev.cleave.segmenter.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jModuleKind;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jTranspileOutput;

import dev.cleave.segmenter.BuildException;

/**
 * The two swc4j calls the segmenter makes: TypeScript → JavaScript (ES modules, imports kept,
 * comments kept, no bundling) and parsing JavaScript for the positions of its specifiers. A
 * syntax error becomes a message with file, line, column and the line itself.
 */
final class Swc {
    private static final Swc4j SWC = new Swc4j();
    private static final Pattern LOCATION = Pattern.compile("\\s+at \\S+:(\\d+):(\\d+)\\s*$");

    private Swc() {}

    /** The transpiled code and the TypeScript AST (with types, so {@code x?} is still optional). */
    record Transpiled(String code, Swc4jAstModule source) {}

    static Transpiled transpile(SourceFile file) {
        Swc4jTranspileOptions options = (Swc4jTranspileOptions) new Swc4jTranspileOptions()
                .setMediaType(Swc4jMediaType.TypeScript)
                .setParseMode(Swc4jParseMode.Module)
                .setModuleKind(Swc4jModuleKind.Esm)
                .setSourceMap(Swc4jSourceMapOption.None)
                .setKeepComments(true)
                .setCaptureAst(true);
        try {
            Swc4jTranspileOutput output = SWC.transpile(file.text(), options);
            return new Transpiled(output.getCode(), (Swc4jAstModule) output.getProgram());
        } catch (Swc4jCoreException e) {
            throw syntaxError(file, file.text(), e);
        }
    }

    /** Parses JavaScript; {@code file} names the source in messages. */
    static Swc4jAstModule parse(SourceFile file, String code) {
        Swc4jParseOptions options = new Swc4jParseOptions()
                .setMediaType(Swc4jMediaType.JavaScript)
                .setParseMode(Swc4jParseMode.Module)
                .setCaptureAst(true);
        try {
            return (Swc4jAstModule) SWC.parse(code, options).getProgram();
        } catch (Swc4jCoreException e) {
            throw syntaxError(file, code, e);
        }
    }

    private static BuildException syntaxError(SourceFile file, String code, Swc4jCoreException e) {
        String message = e.getMessage() == null ? "cannot be parsed" : e.getMessage();
        String summary = message.lines().findFirst().orElse(message).replaceFirst("^SyntaxError: ", "");
        Matcher at = LOCATION.matcher(message);
        if (!at.find()) {
            return new BuildException(file.shown() + ": syntax error: " + summary + " — fix the code so that it parses");
        }
        int line = Integer.parseInt(at.group(1));
        int column = Integer.parseInt(at.group(2));
        String text = code.lines().skip(line - 1L).findFirst().orElse("");
        String number = String.valueOf(line);
        return new BuildException(file.shown() + ":" + line + ":" + column + ": syntax error: " + summary
                + " — fix the code there:\n  " + number + " | " + text
                + "\n  " + " ".repeat(number.length()) + " | " + " ".repeat(Math.max(0, column - 1)) + "^");
    }
}
