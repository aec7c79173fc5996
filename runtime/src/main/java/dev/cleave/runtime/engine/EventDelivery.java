package dev.cleave.runtime.engine;

import org.graalvm.polyglot.Value;

/**
 * Runs the handler that {@code segment} subscribed to {@code topic} with one event, through
 * {@code deliver} of the built-in module {@code cleave/events}. Completes when the handler has
 * settled; fails with the handler's error.
 *
 * @param event JSON of the published value
 * @param meta  JSON of {id, topic, attempt, publishedAt}
 */
public record EventDelivery(ModuleImporter importer, String segment, String topic, String event, String meta)
        implements LoopCall<Void> {

    @Override
    public Value start(EventLoop loop) {
        Value deliver = importer.builtin(loop, "cleave/events").getMember("deliver");
        return loop.intrinsics().invokeAwaited(deliver, segment, topic, event, meta);
    }

    @Override
    public Void finish(EventLoop loop, Value result) {
        return null;
    }

    /** The segment whose modules a loop is loading now, or {@code null}: subscriptions made at load belong to it. */
    static String loadingSegment(EventLoop loop) {
        return (String) loop.locals().get(LoadingSegment.KEY);
    }

    /** Marks modules of {@code segments/<name>/...} as loading for {@code name} while {@code load} runs. */
    static void whileLoading(EventLoop loop, String module, Runnable load) {
        String segment = module.startsWith("segments/") ? module.split("/", 3)[1] : null;
        Object previous = segment == null ? loop.locals().remove(LoadingSegment.KEY) : loop.locals().put(LoadingSegment.KEY, segment);
        try {
            load.run();
        } finally {
            if (previous == null) {
                loop.locals().remove(LoadingSegment.KEY);
            } else {
                loop.locals().put(LoadingSegment.KEY, previous);
            }
        }
    }

    private enum LoadingSegment { KEY }
}
