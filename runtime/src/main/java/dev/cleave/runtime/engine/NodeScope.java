package dev.cleave.runtime.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.errors.ModuleException;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Parameter;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.RegisteredClass;
import dev.cleave.runtime.execution.Version;

/**
 * What a node's calls need on every loop, loaded once per loop on first use: the {@code
 * cleave/node} dispatcher, the server middleware objects and the class registry.
 *
 * @param importer   imports the release's modules
 * @param catalog    the node's procedures and registered classes
 * @param middleware module paths of the server middleware, outermost first
 * @param remote     calls procedures of other nodes, or {@code null} on a node alone
 */
public record NodeScope(ModuleImporter importer, ProcedureCatalog catalog, List<String> middleware,
                        RemoteProcedures remote) {

    /** A scope of a node alone: a procedure of a segment it does not host cannot be called. */
    public NodeScope(ModuleImporter importer, ProcedureCatalog catalog, List<String> middleware) {
        this(importer, catalog, middleware, null);
    }

    /** The loaded parts on one loop; parameter descriptions are converted once per procedure. */
    record Loaded(Value handle, Value middleware, Value registry, Map<Implementation, Value> parameterCache) {
        Value parameters(EventLoop loop, Implementation implementation) {
            return parameterCache.computeIfAbsent(implementation,
                    key -> (Value) JsValues.toJs(loop, key.parameters().stream().map(NodeScope::describe).toList()));
        }
    }

    Loaded on(EventLoop loop) {
        return (Loaded) loop.locals().computeIfAbsent(this, key -> load(loop));
    }

    private Loaded load(EventLoop loop) {
        Value node = importer.builtin(loop, "cleave/node");
        Value middlewareArray = loop.intrinsics().array().newInstance();
        for (int i = 0; i < middleware.size(); i++) {
            middlewareArray.setArrayElement(i, middlewareObject(loop, middleware.get(i)));
        }
        Value classes = loop.intrinsics().array().newInstance();
        List<RegisteredClass> registered = catalog.classes();
        for (int i = 0; i < registered.size(); i++) {
            RegisteredClass entry = registered.get(i);
            Value description = loop.intrinsics().object().newInstance();
            description.putMember("key", entry.key());
            description.putMember("constructor", importer.namespace(loop, entry.module()).getMember(entry.export()));
            description.putMember("parameters", JsValues.toJs(loop, entry.parameters()));
            classes.setArrayElement(i, description);
        }
        Value registry = node.getMember("createNodeRegistry").execute(classes);
        Loaded loaded = new Loaded(node.getMember("handle"), middlewareArray, registry, new HashMap<>());
        installLocalRun(loop, node, loaded);
        return loaded;
    }

    /** Makes generated remote modules call procedures of this node directly (cleave/remote). */
    private void installLocalRun(EventLoop loop, Value node, Loaded loaded) {
        ProxyExecutable lookup = args -> catalog.find(args[0].asString(), Version.parse(args[1].asString()))
                .map(implementation -> {
                    Value procedure = loop.intrinsics().object().newInstance();
                    procedure.putMember("call", importer.function(loop, implementation.module(), implementation.export()));
                    procedure.putMember("parameters", loaded.parameters(loop, implementation));
                    return procedure;
                }).orElse(null);
        Value run = node.getMember("createLocalRun").execute(lookup, remote == null ? null : remoteRun(loop), loaded.registry());
        loop.context().eval("js", "(run, context) => { globalThis[Symbol.for('cleave.run')] = run;"
                + " globalThis[Symbol.for('cleave.context')] = context; }").execute(run, requestContext(loop));
    }

    /** The context of the running call for {@code requestContext()} of the {@code cleave} module. */
    private static ProxyExecutable requestContext(EventLoop loop) {
        return args -> {
            CallState call = loop.currentCall();
            Value context = loop.intrinsics().object().newInstance();
            boolean request = call != null && !call.headers().isEmpty();
            context.putMember("request", request);
            if (request) {
                context.putMember("headers", JsValues.toJs(loop, call.headers()));
                context.putMember("deadline", (double) (System.currentTimeMillis() + call.remaining().toMillis()));
            }
            return context;
        };
    }

    /**
     * The hook for procedures of other nodes: (fqn, version, serialized named arguments as JSON)
     * gives a promise of {status, body}, or {@code null} when no node hosts the procedure. The
     * call carries the headers and the remaining deadline of the call that makes it.
     */
    private ProxyExecutable remoteRun(EventLoop loop) {
        return args -> {
            CallState caller = loop.currentCall();
            java.util.Map<String, String> headers = caller == null ? java.util.Map.of() : caller.headers();
            java.time.Duration remaining = caller == null ? null : caller.remaining();
            java.util.concurrent.CompletableFuture<dev.cleave.runtime.execution.RpcOutcome> outcome =
                    remote.call(args[0].asString(), args[1].asString(), args[2].asString(), headers, remaining);
            if (outcome == null) {
                return null;
            }
            return HostPromise.of(loop, outcome, result -> {
                Value answer = loop.intrinsics().object().newInstance();
                answer.putMember("status", result.status());
                answer.putMember("body", result.body());
                return answer;
            }, error -> {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                return String.valueOf(cause.getMessage());
            });
        };
    }

    /** Work that loads this scope on the loop it runs on; a node runs it on every loop before serving. */
    public LoopCall<Void> loading() {
        return new LoopCall<>() {
            @Override
            public Value start(EventLoop loop) {
                on(loop);
                catalog.modules().forEach(module -> EventDelivery.whileLoading(loop, module,
                        () -> importer.namespace(loop, module)));
                return null;
            }

            @Override
            public Void finish(EventLoop loop, Value result) {
                return null;
            }
        };
    }

    static Map<String, Object> describe(Parameter parameter) {
        Map<String, Object> description = new java.util.LinkedHashMap<>();
        description.put("name", parameter.name());
        description.put("optional", parameter.optional());
        description.put("rest", parameter.rest());
        if (parameter.pattern() != null) {
            description.put("pattern", parameter.pattern());
            description.put("keys", parameter.keys());
        }
        return description;
    }

    private Value middlewareObject(EventLoop loop, String module) {
        Value exported = importer.namespace(loop, module).getMember("default");
        if (exported == null || !exported.hasMember("handle") || !exported.getMember("handle").canExecute()) {
            throw new ModuleException("middleware module '" + module + "' must export as default an object with "
                    + "handle(request, next)");
        }
        return exported;
    }
}
