package dev.cleave.segmenter.analysis;

import java.util.ArrayList;
import java.util.List;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstDecl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExportSpecifier;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleExportName;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamespaceSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsEnumDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsModuleDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;

/** Reads the exports of a module's source AST, leaving out everything that exists only as a type. */
final class ExportReader {
    private final DeclarationReader names;
    private final List<ExportEntry> exports = new ArrayList<>();

    private ExportReader(DeclarationReader names) {
        this.names = names;
    }

    static List<ExportEntry> of(Swc4jAstModule module) {
        ExportReader reader = new ExportReader(DeclarationReader.of(module));
        for (ISwc4jAstModuleItem item : module.getBody()) {
            switch (item) {
                case Swc4jAstExportDecl export -> reader.declared(export.getDecl());
                case Swc4jAstExportDefaultDecl export -> reader.defaultDecl(export);
                case Swc4jAstExportDefaultExpr export -> reader.defaultExpr(export);
                case Swc4jAstNamedExport export when !export.isTypeOnly() -> reader.named(export);
                case Swc4jAstExportAll all when !all.isTypeOnly() -> reader.exports.add(new ExportEntry.Star(all.getSrc().getValue()));
                default -> { }
            }
        }
        return reader.exports;
    }

    private void declared(ISwc4jAstDecl decl) {
        switch (decl) {
            case Swc4jAstFnDecl fn -> local(fn.getIdent().getSym());
            case Swc4jAstClassDecl c -> local(c.getIdent().getSym());
            case Swc4jAstTsEnumDecl e -> local(e.getId().getSym());
            case Swc4jAstTsModuleDecl m when m.getId() instanceof Swc4jAstIdent id -> local(id.getSym());
            case Swc4jAstVarDecl var -> var.getDecls().forEach(d -> DeclarationReader.boundNames(d.getName()).forEach(this::local));
            default -> { }
        }
    }

    private void local(String name) {
        Declaration declaration = names.declarations.get(name);
        if (declaration != null) {
            exports.add(new ExportEntry.Local(name, declaration));
        }
    }

    private void defaultDecl(Swc4jAstExportDefaultDecl export) {
        if (export.getDecl() instanceof com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr expr) {
            exports.add(new ExportEntry.Local("default", DeclarationReader.expression(null, expr)));
        }
    }

    private void defaultExpr(Swc4jAstExportDefaultExpr export) {
        if (export.getExpr() instanceof Swc4jAstIdent ident) {
            binding("default", ident.getSym());
        } else {
            exports.add(new ExportEntry.Local("default", DeclarationReader.expression(null, export.getExpr())));
        }
    }

    private void named(Swc4jAstNamedExport export) {
        String source = export.getSrc().map(Swc4jAstStr::getValue).orElse(null);
        for (ISwc4jAstExportSpecifier specifier : export.getSpecifiers()) {
            switch (specifier) {
                case Swc4jAstExportNamedSpecifier named when !named.isTypeOnly() -> {
                    String orig = nameOf(named.getOrig());
                    String exported = named.getExported().map(ExportReader::nameOf).orElse(orig);
                    if (source != null) {
                        exports.add(new ExportEntry.Reexport(exported, source, orig));
                    } else {
                        binding(exported, orig);
                    }
                }
                case Swc4jAstExportNamespaceSpecifier ns ->
                        exports.add(new ExportEntry.Reexport(nameOf(ns.getName()), source, ExportEntry.Reexport.NAMESPACE));
                case Swc4jAstExportDefaultSpecifier d -> exports.add(new ExportEntry.Reexport(d.getExported().getSym(), source, "default"));
                default -> { }
            }
        }
    }

    /** {@code export { local as exported }} or {@code export default local}: follow the binding. */
    private void binding(String exported, String local) {
        Declaration declaration = names.declarations.get(local);
        DeclarationReader.ImportBinding imported = names.imports.get(local);
        if (declaration != null) {
            exports.add(new ExportEntry.Local(exported, declaration));
        } else if (imported != null) {
            exports.add(new ExportEntry.Reexport(exported, imported.specifier(), imported.imported()));
        } else if (!names.types.contains(local)) {
            exports.add(new ExportEntry.Local(exported, new Declaration.Value(local, 0, 0)));
        }
    }

    static String nameOf(ISwc4jAstModuleExportName name) {
        return switch (name) {
            case Swc4jAstIdent ident -> ident.getSym();
            case Swc4jAstStr string -> string.getValue();
            default -> name.toString();
        };
    }
}
