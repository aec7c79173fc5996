package dev.cleave.segmenter.plan;

import java.util.List;
import java.util.Optional;

import dev.cleave.segmenter.analysis.Declaration;
import dev.cleave.segmenter.config.ExportConfig;

/**
 * Checks what one segment-file entry points to: a procedure must be a named (or aliased) async
 * function declaration, not an arrow or a generator; a class is registered; anything else is an
 * error. Problems are added to the list, each naming the file, the thing and the fix.
 */
final class ClaimChecker {
    private ClaimChecker() {}

    static Optional<Claim> check(String segment, String shown, String moduleKey, String exportName, ExportConfig config,
                                 ResolvedExport export, List<String> problems) {
        Declaration declaration = export.declaration();
        String listed = "(" + shown + " lists '" + moduleKey + "' export '" + exportName + "')";
        String name = config.alias() != null ? config.alias() : declaration.name();
        String fqn = Fqn.of(export.module().source(), export.export(), name);
        String at = export.module().shown() + ":" + declaration.line() + ":" + declaration.column();
        switch (declaration) {
            case Declaration.Function f when f.arrow() -> problems.add(at + ": segmented function '" + display(f) + "' is an arrow"
                    + " function " + listed + " — write it as a declaration: 'export async function " + fixName(f) + "(...) { ... }'");
            case Declaration.Function f when f.generator() -> problems.add(at + ": segmented function '" + display(f) + "' is a"
                    + " generator " + listed + " — a procedure returns one result: remove the '*'");
            case Declaration.Function f when !f.async() -> problems.add(at + ": segmented function '" + display(f) + "' is not"
                    + " async " + listed + " — declare it 'async function " + fixName(f) + "(...)'");
            case Declaration.Function f when fqn == null -> problems.add(at + ": segmented function is anonymous " + listed
                    + " — give it a name ('export default async function name(...)') or set \"as\" in " + shown);
            case Declaration.Function f -> {
                return Optional.of(new Claim(segment, shown, config, export, fqn, false));
            }
            case Declaration.Class c when fqn == null -> problems.add(at + ": segmented class is anonymous " + listed
                    + " — give it a name ('export default class Name') or set \"as\" in " + shown);
            case Declaration.Class c -> {
                return Optional.of(new Claim(segment, shown, config, export, fqn, true));
            }
            case Declaration.Value v -> problems.add(shown + ": '" + moduleKey + "' export '" + exportName + "' is neither an"
                    + " async function nor a class (" + (v.line() > 0 ? at : export.module().shown()) + ")"
                    + " — segment files list procedures (async functions) and classes only");
        }
        return Optional.empty();
    }

    private static String fixName(Declaration.Function function) {
        return function.name() == null ? "name" : function.name();
    }

    private static String display(Declaration.Function function) {
        return function.name() == null ? "default" : function.name();
    }
}
