package dev.cleave.runtime.engine;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import dev.cleave.runtime.errors.ModuleException;
import dev.cleave.runtime.errors.ScriptException;

/**
 * Conversions between JavaScript values and plain Java values (String, Boolean, Integer, Long,
 * Double, BigInteger, Instant, List, Map, byte[]). Used on the loop thread only.
 */
public final class JsValues {
    private static final int MAX_DEPTH = 200;

    private JsValues() {}

    /** Whether {@code value} has a callable {@code then}, as a promise has. */
    public static boolean isThenable(Value value) {
        if (value == null || !value.hasMembers() || value.isHostObject() || value.isProxyObject()) {
            return false;
        }
        Value then = value.getMember("then");
        return then != null && then.canExecute();
    }

    /** A JavaScript value as plain Java data; functions become {@code null}. */
    public static Object toJava(Value value) {
        return toJava(value, 0);
    }

    private static Object toJava(Value value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value is nested deeper than " + MAX_DEPTH + " levels (is it cyclic?)");
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            if (value.fitsInInt()) {
                return value.asInt();
            }
            if (value.fitsInLong()) {
                return value.asLong();
            }
            if (value.fitsInDouble()) {
                return value.asDouble();
            }
            return value.as(BigInteger.class);
        }
        if (value.isDate() && value.isTime()) {
            return value.asInstant();
        }
        if (value.hasArrayElements()) {
            List<Object> list = new ArrayList<>((int) value.getArraySize());
            for (long i = 0; i < value.getArraySize(); i++) {
                list.add(toJava(value.getArrayElement(i), depth + 1));
            }
            return list;
        }
        if (value.canExecute() || value.isHostObject()) {
            return null;
        }
        if (value.hasBufferElements()) {
            byte[] bytes = new byte[(int) value.getBufferSize()];
            value.readBuffer(0, bytes, 0, bytes.length);
            return bytes;
        }
        if (value.hasMembers()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : value.getMemberKeys()) {
                Value member = value.getMember(key);
                if (member != null && !member.canExecute()) {
                    map.put(key, toJava(member, depth + 1));
                }
            }
            return map;
        }
        return value.toString();
    }

    /** A value as text: strings as they are, anything else as JavaScript's String(value) would show it. */
    public static String text(Value value) {
        if (value == null || value.isNull()) {
            return String.valueOf(value);
        }
        return value.isString() ? value.asString() : value.toString();
    }

    /** Plain Java data as a JavaScript value of the loop's context. */
    public static Object toJs(EventLoop loop, Object java) {
        return toJs(loop.intrinsics(), java, 0);
    }

    private static Object toJs(Intrinsics js, Object java, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value is nested deeper than " + MAX_DEPTH + " levels (is it cyclic?)");
        }
        return switch (java) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Double d -> d;
            case Float f -> f.doubleValue();
            case Short s -> s.intValue();
            case Byte b -> b.intValue();
            case Long l -> Math.abs(l) <= (1L << 53) ? l.doubleValue() : js.bigInt().execute(l.toString());
            case BigInteger b -> js.bigInt().execute(b.toString());
            case Instant t -> js.date().newInstance((double) t.toEpochMilli());
            case byte[] bytes -> {
                Value array = js.uint8Array().newInstance(bytes.length);
                for (int i = 0; i < bytes.length; i++) {
                    array.setArrayElement(i, bytes[i] & 0xff);
                }
                yield array;
            }
            case Map<?, ?> map -> {
                Value object = js.object().newInstance();
                map.forEach((key, item) -> object.putMember(String.valueOf(key), toJs(js, item, depth + 1)));
                yield object;
            }
            case Collection<?> items -> {
                Value array = js.array().newInstance();
                long i = 0;
                for (Object item : items) {
                    array.setArrayElement(i++, toJs(js, item, depth + 1));
                }
                yield array;
            }
            case Value value -> value;
            default -> throw new IllegalArgumentException("cannot pass a " + java.getClass().getName()
                    + " to JavaScript; pass strings, numbers, booleans, lists, maps, Instant or byte[]");
        };
    }

    /** The Java error for a thrown or rejected JavaScript value. */
    public static RuntimeException toException(Value error) {
        if (error == null || error.isNull()) {
            return new ScriptException("Error", String.valueOf(error), null);
        }
        if (error.isException() || error.hasMember("message") && error.hasMember("stack")) {
            String name = stringMember(error, "name", "Error");
            String message = stringMember(error, "message", "");
            return new ScriptException(name, message, stringMember(error, "stack", null));
        }
        return new ScriptException("Error", "a non-error value was thrown: " + error, null);
    }

    /** The Java error for an exception raised while GraalJS ran code. */
    public static RuntimeException toException(PolyglotException e) {
        if (e.isHostException() && e.asHostException() instanceof RuntimeException host) {
            return host;
        }
        if (e.isSyntaxError()) {
            String where = e.getSourceLocation() == null ? "" : " (" + e.getSourceLocation().getSource().getName()
                    + ":" + e.getSourceLocation().getStartLine() + ")";
            return new ModuleException("SyntaxError: " + e.getMessage() + where);
        }
        if (e.isGuestException() && e.getGuestObject() != null && !e.getGuestObject().isNull()) {
            return toException(e.getGuestObject());
        }
        return new ScriptException("Error", e.getMessage(), null);
    }

    private static String stringMember(Value object, String key, String fallback) {
        try {
            Value member = object.getMember(key);
            return member == null || member.isNull() ? fallback : text(member);
        } catch (PolyglotException e) {
            return fallback;
        }
    }

    /**
     * Constructors taken from a fresh context, before application code can replace them, and
     * {@code call}, a plain JavaScript function that calls a function. Calling an async function
     * through {@code call} hands back its promise; calling it directly through interop makes GraalJS
     * try to unwrap the promise at once.
     */
    public record Intrinsics(Value object, Value array, Value uint8Array, Value date, Value bigInt, Value call) {
        // The promise jobs of a call run as soon as it returns to Java, before Java can attach a
        // handler: a call whose result Java awaits marks its promise handled right away, so that a
        // rejection is not reported as unhandled (Java handles it).
        private static final org.graalvm.polyglot.Source CALL = org.graalvm.polyglot.Source.newBuilder("js", """
                (function () {
                    const then = Promise.prototype.then;
                    const NativePromise = Promise;
                    const ignore = () => {};
                    return function call(awaited, fn, ...args) {
                        const result = fn(...args);
                        if (awaited && result instanceof NativePromise) then.call(result, undefined, ignore);
                        return result;
                    };
                })()""", "cleave:call.js").buildLiteral();

        static Intrinsics of(org.graalvm.polyglot.Context context) {
            Value global = context.getBindings("js");
            return new Intrinsics(global.getMember("Object"), global.getMember("Array"), global.getMember("Uint8Array"),
                    global.getMember("Date"), global.getMember("BigInt"), context.eval(CALL));
        }

        /** Calls {@code function} with {@code args}; a promise comes back as a promise. */
        public Value invoke(Value function, Object... args) {
            return call(false, function, args);
        }

        /** As {@link #invoke}, for a call whose promise Java awaits and whose rejection it handles. */
        public Value invokeAwaited(Value function, Object... args) {
            return call(true, function, args);
        }

        private Value call(boolean awaited, Value function, Object[] args) {
            Object[] all = new Object[args.length + 2];
            all[0] = awaited;
            all[1] = function;
            System.arraycopy(args, 0, all, 2, args.length);
            return call.execute(all);
        }
    }
}
