package dev.cleave.node.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes an HTTP/1 connection whose request head (request line and headers) has not arrived whole
 * within {@link #LIMIT} of the first byte seen (slowloris). Jetty's idle timeout restarts with
 * every byte, so a sender of one byte a second would hold a connection for ever; Jetty has no head
 * deadline of its own. One daemon thread looks at each open connection's parser twice a second:
 * a connection found in the same request's head for longer than the limit is closed.
 */
final class HeadDeadline implements Connection.Listener, AutoCloseable {
    /** How long a request head may take to arrive. */
    static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(HeadDeadline.class);
    private static final long SWEEP_MILLIS = 500;

    /** A head in progress: which request of the connection it is, and since when it was seen. */
    private record Head(long request, long since) {}

    private static final Head NONE = new Head(-1, 0);

    private final Map<HttpConnection, Head> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cleave-head-deadline").daemon().factory());

    HeadDeadline() {
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, NONE);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.remove(http);
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        open.replaceAll((connection, head) -> next(connection, head, now));
    }

    private Head next(HttpConnection connection, Head head, long now) {
        HttpParser parser = connection.getParser();
        if (parser.isStart() || !parser.inHeaderState()) {
            return NONE;
        }
        long request = connection.getMessagesIn();
        if (head.request() != request) {
            return new Head(request, now);
        }
        if (now - head.since() > LIMIT.toNanos()) {
            LOG.debug("closing a connection from {}: its request head did not arrive within {} s",
                    connection.getEndPoint().getRemoteSocketAddress(), LIMIT.toSeconds());
            connection.getEndPoint().close();
            return NONE;
        }
        return head;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
