package dev.cleave.segmenter.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstParam;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstObjectPatProp;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstParamOrTsParamProp;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPat;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPropName;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstArrayPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstKeyValuePatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstRestPat;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsParamProp;

/** Turns function parameters of the AST into {@link Parameter}s. */
final class ParameterReader {
    private ParameterReader() {}

    static List<Parameter> ofParams(List<Swc4jAstParam> params) {
        return read(params.stream().map(Swc4jAstParam::getPat).toList());
    }

    static List<Parameter> ofConstructor(List<ISwc4jAstParamOrTsParamProp> params) {
        List<ISwc4jAstPat> patterns = new ArrayList<>();
        for (ISwc4jAstParamOrTsParamProp param : params) {
            if (param instanceof Swc4jAstParam plain) {
                patterns.add(plain.getPat());
            } else if (param instanceof Swc4jAstTsParamProp property) {
                patterns.add((ISwc4jAstPat) property.getParam());
            }
        }
        return read(patterns);
    }

    /** Reads a parameter list; TypeScript's {@code this} parameter is not a parameter at run time. */
    static List<Parameter> read(List<ISwc4jAstPat> patterns) {
        List<Parameter> parameters = new ArrayList<>();
        for (ISwc4jAstPat pattern : patterns) {
            if (pattern instanceof Swc4jAstBindingIdent ident && ident.getId().getSym().equals("this")) {
                continue;
            }
            parameters.add(parameter(pattern));
        }
        return parameters;
    }

    static Parameter parameter(ISwc4jAstPat pattern) {
        return switch (pattern) {
            case Swc4jAstBindingIdent ident -> Parameter.named(ident.getId().getSym(), ident.getId().isOptional());
            case Swc4jAstAssignPat assign -> parameter(assign.getLeft()).asOptional();
            case Swc4jAstRestPat rest -> parameter(rest.getArg()).asRest();
            case Swc4jAstObjectPat object -> objectPattern(object);
            case Swc4jAstArrayPat array -> arrayPattern(array);
            default -> Parameter.named("", false);
        };
    }

    private static Parameter objectPattern(Swc4jAstObjectPat object) {
        List<String> keys = new ArrayList<>();
        for (ISwc4jAstObjectPatProp prop : object.getProps()) {
            switch (prop) {
                case Swc4jAstAssignPatProp shorthand -> keys.add(shorthand.getKey().getId().getSym());
                case Swc4jAstKeyValuePatProp keyValue -> keys.add(key(keyValue.getKey()));
                case Swc4jAstRestPat rest -> keys.add("..." + bindingName(rest.getArg()).orElse(""));
                default -> { }
            }
        }
        return new Parameter("{ " + String.join(", ", keys) + " }", object.isOptional(), false,
                Parameter.Pattern.OBJECT, keys);
    }

    private static Parameter arrayPattern(Swc4jAstArrayPat array) {
        List<String> keys = new ArrayList<>();
        for (Optional<ISwc4jAstPat> element : array.getElems()) {
            keys.add(element.map(ParameterReader::elementName).orElse(""));
        }
        return new Parameter("[ " + String.join(", ", keys) + " ]", array.isOptional(), false,
                Parameter.Pattern.ARRAY, keys);
    }

    private static String elementName(ISwc4jAstPat element) {
        if (element instanceof Swc4jAstRestPat rest) {
            return bindingName(rest.getArg()).map(name -> "..." + name).orElse("");
        }
        return bindingName(element).orElse("");
    }

    /** The identifier a simple pattern binds ({@code x} or {@code x = 1}); empty for nested patterns. */
    private static Optional<String> bindingName(ISwc4jAstPat pattern) {
        return switch (pattern) {
            case Swc4jAstBindingIdent ident -> Optional.of(ident.getId().getSym());
            case Swc4jAstAssignPat assign -> bindingName(assign.getLeft());
            default -> Optional.empty();
        };
    }

    private static String key(ISwc4jAstPropName key) {
        return switch (key) {
            case Swc4jAstIdentName name -> name.getSym();
            case Swc4jAstStr string -> string.getValue();
            case Swc4jAstNumber number -> number.getRaw().orElse(String.valueOf(number.getValue()));
            case Swc4jAstComputedPropName computed -> "[computed]";
            default -> "";
        };
    }
}
