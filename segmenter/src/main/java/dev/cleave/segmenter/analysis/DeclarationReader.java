package dev.cleave.segmenter.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstConstructor;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstDecl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstImportSpecifier;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPat;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportStarAsSpecifier;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsEnumDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsInterfaceDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsModuleDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsTypeAliasDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;

/**
 * The module-level names of a module's source AST: what each declaration is, which names are
 * imported (and from where), and which are only types. {@link ExportReader} uses it to follow
 * {@code export { x }} and {@code export default x} to what {@code x} is.
 */
final class DeclarationReader {
    /** A name bound by an import: {@code imported} is {@code default}, a name, or {@code *}. */
    record ImportBinding(String specifier, String imported) {}

    final Map<String, Declaration> declarations = new HashMap<>();
    final Map<String, ImportBinding> imports = new HashMap<>();
    final java.util.Set<String> types = new java.util.HashSet<>();

    static DeclarationReader of(Swc4jAstModule module) {
        DeclarationReader reader = new DeclarationReader();
        for (ISwc4jAstModuleItem item : module.getBody()) {
            switch (item) {
                case Swc4jAstImportDecl decl -> reader.addImport(decl);
                case Swc4jAstExportDecl export -> reader.addDecl(export.getDecl());
                case ISwc4jAstDecl decl -> reader.addDecl(decl);
                default -> { }
            }
        }
        return reader;
    }

    private void addImport(Swc4jAstImportDecl decl) {
        if (decl.isTypeOnly()) {
            return;
        }
        String specifier = decl.getSrc().getValue();
        for (ISwc4jAstImportSpecifier specifierNode : decl.getSpecifiers()) {
            switch (specifierNode) {
                case Swc4jAstImportDefaultSpecifier d -> imports.put(d.getLocal().getSym(), new ImportBinding(specifier, "default"));
                case Swc4jAstImportStarAsSpecifier s -> imports.put(s.getLocal().getSym(), new ImportBinding(specifier, "*"));
                case Swc4jAstImportNamedSpecifier n when !n.isTypeOnly() -> imports.put(n.getLocal().getSym(),
                        new ImportBinding(specifier, n.getImported().map(ExportReader::nameOf).orElse(n.getLocal().getSym())));
                default -> { }
            }
        }
    }

    private void addDecl(ISwc4jAstDecl decl) {
        switch (decl) {
            case Swc4jAstFnDecl fn when !fn.isDeclare() -> put(function(fn.getIdent().getSym(), fn.getFunction()));
            case Swc4jAstClassDecl c when !c.isDeclare() -> put(classOf(c.getIdent().getSym(), c.getClazz(), c));
            case Swc4jAstVarDecl var when !var.isDeclare() -> var.getDecls().forEach(this::addVariable);
            case Swc4jAstTsEnumDecl e when !e.isDeclare() -> put(value(e.getId().getSym(), e));
            case Swc4jAstTsModuleDecl m when !m.isDeclare() && m.getId() instanceof Swc4jAstIdent id -> put(value(id.getSym(), m));
            case Swc4jAstTsInterfaceDecl i -> types.add(i.getId().getSym());
            case Swc4jAstTsTypeAliasDecl t -> types.add(t.getId().getSym());
            default -> { }
        }
    }

    private void addVariable(Swc4jAstVarDeclarator declarator) {
        ISwc4jAstPat name = declarator.getName();
        if (name instanceof Swc4jAstBindingIdent ident) {
            String sym = ident.getId().getSym();
            Declaration declaration = declarator.getInit().map(init -> expression(sym, init)).orElse(null);
            put(declaration == null || declaration instanceof Declaration.Value ? value(sym, declarator) : declaration);
        } else {
            boundNames(name).forEach(bound -> put(value(bound, declarator)));
        }
    }

    /** The names a binding pattern declares: {@code x}, or every name inside {@code { a, b: [c] }}. */
    static List<String> boundNames(ISwc4jAstPat pattern) {
        if (pattern instanceof Swc4jAstBindingIdent ident) {
            return List.of(ident.getId().getSym());
        }
        return pattern.find(Swc4jAstBindingIdent.class).stream().map(b -> b.getId().getSym()).toList();
    }

    private void put(Declaration declaration) {
        declarations.put(declaration.name(), declaration);
    }

    /** What an expression bound to {@code name} (or exported as default when null) declares. */
    static Declaration expression(String name, ISwc4jAstExpr init) {
        return switch (init) {
            case Swc4jAstParenExpr paren -> expression(name, paren.getExpr());
            case Swc4jAstArrowExpr arrow -> new Declaration.Function(name, arrow.isAsync(), true, arrow.isGenerator(),
                    ParameterReader.read(arrow.getParams()), line(arrow), column(arrow));
            case Swc4jAstFnExpr fn -> function(name != null ? name : fn.getIdent().map(Swc4jAstIdent::getSym).orElse(null),
                    fn.getFunction());
            case Swc4jAstClassExpr c -> classOf(name != null ? name : c.getIdent().map(Swc4jAstIdent::getSym).orElse(null),
                    c.getClazz(), c);
            default -> value(name, init);
        };
    }

    static Declaration.Function function(String name, Swc4jAstFunction function) {
        return new Declaration.Function(name, function.isAsync(), false, function.isGenerator(),
                ParameterReader.ofParams(function.getParams()), line(function), column(function));
    }

    static Declaration.Class classOf(String name, Swc4jAstClass clazz, ISwc4jAst node) {
        List<String> parameters = clazz.getBody().stream()
                .filter(Swc4jAstConstructor.class::isInstance).map(Swc4jAstConstructor.class::cast).findFirst()
                .map(ctor -> ParameterReader.ofConstructor(ctor.getParams()).stream().map(Parameter::name).toList())
                .orElse(List.of());
        return new Declaration.Class(name, parameters, line(node), column(node));
    }

    static Declaration.Value value(String name, ISwc4jAst node) {
        return new Declaration.Value(name, line(node), column(node));
    }

    static int line(ISwc4jAst node) {
        return node.getSpan().getLine();
    }

    static int column(ISwc4jAst node) {
        return node.getSpan().getColumn();
    }
}
