package dev.cleave.segmenter.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.analysis.Declaration.Function;
import dev.cleave.segmenter.analysis.ExportEntry.Local;
import dev.cleave.segmenter.analysis.ExportEntry.Reexport;
import dev.cleave.segmenter.analysis.Parameter.Pattern;

class ModuleAnalyzerTest {
    private final ModuleAnalyzer analyzer = new ModuleAnalyzer();

    private ModuleAnalysis ts(String text) {
        return analyzer.analyze(new SourceFile("src/test.ts", SourceKind.TYPESCRIPT, text));
    }

    private ModuleAnalysis js(String text) {
        return analyzer.analyze(new SourceFile("src/test.js", SourceKind.JAVASCRIPT, text));
    }

    private static Function function(ModuleAnalysis analysis, String export) {
        return (Function) ((Local) analysis.export(export).orElseThrow()).declaration();
    }

    @Test
    void transpilesTypeScriptAndKeepsImportsAndComments() {
        ModuleAnalysis analysis = ts("""
                import { helper, type Options } from './helper';
                // keeps this comment
                export default async function getPost(id: number): Promise<string> { return helper(id); }
                """);
        assertThat(analysis.code()).isEqualTo("""
                import { helper } from './helper';
                // keeps this comment
                export default async function getPost(id) {
                  return helper(id);
                }
                """);
    }

    @Test
    void findsEachSpecifierAtItsExactPlaceInTheOutput() {
        ModuleAnalysis analysis = ts("""
                const 名前: string = "𝒳𝒴";
                import def, * as ns from "../y.js";
                import './side';
                export { a as b } from './z';
                export * from './w';
                export * as w2 from './w2';
                export const load = () => import('./lazy');
                console.log(def, ns);
                """);
        assertThat(analysis.imports()).extracting(ImportRef::specifier)
                .containsExactly("../y.js", "./side", "./z", "./w", "./w2", "./lazy");
        for (ImportRef ref : analysis.imports()) {
            assertThat(analysis.code().substring(ref.start(), ref.end())).isEqualTo(ref.specifier());
        }
        assertThat(analysis.imports().get(0)).extracting(ImportRef::names, ImportRef::all).containsExactly(List.of("default"), true);
        assertThat(analysis.imports().get(1)).extracting(ImportRef::names, ImportRef::all).containsExactly(List.of(), false);
        assertThat(analysis.imports().get(2)).extracting(ImportRef::kind, ImportRef::names)
                .containsExactly(ImportRef.Kind.EXPORT_FROM, List.of("a"));
        assertThat(analysis.imports().get(5).kind()).isEqualTo(ImportRef.Kind.DYNAMIC);
    }

    @Test
    void dropsImportsThatOnlyTypesUse() {
        ModuleAnalysis analysis = ts("""
                import type { A } from './a';
                import { B } from './b';
                export function f(x: A): B | null { return null; }
                """);
        assertThat(analysis.imports()).isEmpty();
    }

    @Test
    void readsParametersOfEveryShape() {
        ModuleAnalysis analysis = ts("""
                export async function all(id: number, { a, b: c = 2, ...r }: any, [p, , q, ...more]: number[],
                        opt?: string, d = 3, ...rest: string[]) { }
                """);
        assertThat(function(analysis, "all").parameters()).containsExactly(
                Parameter.named("id", false),
                new Parameter("{ a, b, ...r }", false, false, Pattern.OBJECT, List.of("a", "b", "...r")),
                new Parameter("[ p, , q, ...more ]", false, false, Pattern.ARRAY, List.of("p", "", "q", "...more")),
                Parameter.named("opt", true),
                Parameter.named("d", true),
                new Parameter("rest", false, true, Pattern.NONE, List.of()));
    }

    @Test
    void tellsAsyncFunctionsFromArrowsAndPlainFunctions() {
        ModuleAnalysis analysis = js("""
                export async function a() {}
                export function b() {}
                export const c = async () => 1;
                export const d = async function () {};
                export async function* e() {}
                """);
        assertThat(function(analysis, "a")).extracting(Function::async, Function::arrow).containsExactly(true, false);
        assertThat(function(analysis, "b")).extracting(Function::async, Function::arrow).containsExactly(false, false);
        assertThat(function(analysis, "c")).extracting(Function::async, Function::arrow).containsExactly(true, true);
        assertThat(function(analysis, "d")).extracting(Function::async, Function::arrow, Function::name)
                .containsExactly(true, false, "d");
        assertThat(function(analysis, "e").generator()).isTrue();
    }

    @Test
    void readsDefaultNamedAliasedAndReexportedExports() {
        ModuleAnalysis analysis = ts("""
                import { x as y } from './x';
                import other from './other';
                async function impl() {}
                export default impl;
                export { impl as alias, y, other as theOther };
                export { z as zed } from './z';
                export * from './star';
                export class Account { constructor(public name: string, age = 1) {} }
                export interface Shape {}
                export type Id = string;
                export const answer = 42;
                """);
        assertThat(analysis.ownExportNames()).containsExactly("default", "alias", "y", "theOther", "zed", "Account", "answer");
        assertThat(function(analysis, "default").name()).isEqualTo("impl");
        assertThat(function(analysis, "alias").name()).isEqualTo("impl");
        assertThat(analysis.export("y")).contains(new Reexport("y", "./x", "x"));
        assertThat(analysis.export("theOther")).contains(new Reexport("theOther", "./other", "default"));
        assertThat(analysis.export("zed")).contains(new Reexport("zed", "./z", "z"));
        assertThat(analysis.exports()).contains(new ExportEntry.Star("./star"));
        assertThat(((Local) analysis.export("Account").orElseThrow()).declaration())
                .isInstanceOfSatisfying(Declaration.Class.class,
                        c -> assertThat(c.constructorParameters()).containsExactly("name", "age"));
        assertThat(((Local) analysis.export("answer").orElseThrow()).declaration()).isInstanceOf(Declaration.Value.class);
    }

    @Test
    void keepsJavaScriptExactlyAsWritten() {
        String source = "import   {a}from \"./a.js\"  ;\nexport default async function   f ( x ) {return a(x)}\n";
        assertThat(js(source).code()).isEqualTo(source);
    }

    @Test
    void reportsASyntaxErrorWithFileLineColumnAndTheLine() {
        assertThatThrownBy(() -> ts("const ok = 1;\nexport default async function (a {\n  return 1;\n}\n"))
                .isInstanceOf(BuildException.class)
                .hasMessage("src/test.ts:2:34: syntax error: Expected ',', got '{' — fix the code there:\n"
                        + "  2 | export default async function (a {\n"
                        + "    |                                  ^");
    }

    @Test
    void analysesTheSameTextOnlyOnce() {
        ts("export const a = 1;");
        ts("export const a = 1;");
        ts("export const a = 2;");
        assertThat(analyzer.analysedCount()).isEqualTo(2);
    }
}
