package dev.cleave.runtime.engine;

import java.util.List;

import org.graalvm.polyglot.Value;

/** Calls an exported function with plain Java arguments and returns plain Java data. */
public record ExportCall(ModuleImporter importer, String module, String export, List<Object> args)
        implements LoopCall<Object> {

    @Override
    public Value start(EventLoop loop) {
        Value function = importer.function(loop, module, export);
        Object[] jsArgs = new Object[args.size()];
        for (int i = 0; i < jsArgs.length; i++) {
            jsArgs[i] = JsValues.toJs(loop, args.get(i));
        }
        return loop.intrinsics().invokeAwaited(function, jsArgs);
    }

    @Override
    public Object finish(EventLoop loop, Value result) {
        return JsValues.toJava(result);
    }
}
