package dev.cleave.segmenter.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExportSpecifier;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstImportSpecifier;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImport;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;

/**
 * Finds every module specifier in transpiled JavaScript, with its exact position: static imports,
 * {@code export ... from}, and {@code import('...')} with a string literal (other dynamic imports
 * cannot be rewritten and are left alone).
 */
final class ImportReader {
    private final String code;
    private final int[] charIndex;
    private final List<ImportRef> refs = new ArrayList<>();

    private ImportReader(String code) {
        this.code = code;
        this.charIndex = codePointToChar(code);
    }

    static List<ImportRef> of(Swc4jAstModule module, String code) {
        ImportReader reader = new ImportReader(code);
        for (ISwc4jAstModuleItem item : module.getBody()) {
            switch (item) {
                case Swc4jAstImportDecl decl -> reader.importDecl(decl);
                case Swc4jAstNamedExport export when export.getSrc().isPresent() -> reader.exportFrom(export);
                case Swc4jAstExportAll all -> reader.add(all.getSrc(), ImportRef.Kind.EXPORT_FROM, List.of(), true);
                default -> { }
            }
        }
        for (Swc4jAstCallExpr call : module.find(Swc4jAstCallExpr.class)) {
            if (call.getCallee() instanceof Swc4jAstImport && !call.getArgs().isEmpty()
                    && call.getArgs().getFirst().getSpread().isEmpty()
                    && call.getArgs().getFirst().getExpr() instanceof Swc4jAstStr literal) {
                reader.add(literal, ImportRef.Kind.DYNAMIC, List.of(), true);
            }
        }
        reader.refs.sort(Comparator.comparingInt(ImportRef::start));
        return reader.refs;
    }

    private void importDecl(Swc4jAstImportDecl decl) {
        List<String> names = new ArrayList<>();
        boolean all = false;
        for (ISwc4jAstImportSpecifier specifier : decl.getSpecifiers()) {
            switch (specifier) {
                case Swc4jAstImportDefaultSpecifier d -> names.add("default");
                case Swc4jAstImportNamedSpecifier n -> names.add(n.getImported().map(ExportReader::nameOf).orElse(n.getLocal().getSym()));
                default -> all = true;
            }
        }
        add(decl.getSrc(), ImportRef.Kind.IMPORT, names, all);
    }

    private void exportFrom(Swc4jAstNamedExport export) {
        List<String> names = new ArrayList<>();
        boolean all = false;
        for (ISwc4jAstExportSpecifier specifier : export.getSpecifiers()) {
            switch (specifier) {
                case Swc4jAstExportNamedSpecifier n -> names.add(ExportReader.nameOf(n.getOrig()));
                case Swc4jAstExportDefaultSpecifier d -> names.add("default");
                default -> all = true;
            }
        }
        add(export.getSrc().orElseThrow(), ImportRef.Kind.EXPORT_FROM, names, all);
    }

    private void add(Swc4jAstStr literal, ImportRef.Kind kind, List<String> names, boolean all) {
        int start = toChar(literal.getSpan().getStart());
        int end = toChar(literal.getSpan().getEnd());
        char quote = code.charAt(start);
        if ((quote != '\'' && quote != '"') || code.charAt(end - 1) != quote) {
            throw new IllegalStateException("specifier '" + literal.getValue() + "' is not at " + start + ".." + end
                    + " of the transpiled code; the span mapping of swc4j has changed");
        }
        refs.add(new ImportRef(literal.getValue(), start + 1, end - 1, kind, names, all));
    }

    /** swc4j counts positions in code points; Java strings index UTF-16 chars. */
    private int toChar(int codePoint) {
        return charIndex == null ? codePoint : charIndex[codePoint];
    }

    private static int[] codePointToChar(String code) {
        if (code.codePointCount(0, code.length()) == code.length()) {
            return null;
        }
        int[] index = new int[code.codePointCount(0, code.length()) + 1];
        int cp = 0;
        for (int i = 0; i < code.length(); i += Character.charCount(code.codePointAt(i))) {
            index[cp++] = i;
        }
        index[cp] = code.length();
        return index;
    }
}
