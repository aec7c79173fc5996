package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/** Keeps the formatted lines that loggers under a name log in this JVM, for tests of in-process nodes. */
final class LogCapture extends AppenderBase<ILoggingEvent> {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    static LogCapture attach(String loggerName) {
        LogCapture capture = new LogCapture();
        capture.start();
        ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(event.getFormattedMessage());
    }

    /** Waits up to 30 s for a line that has every fragment. */
    void await(String... fragments) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.stream().noneMatch(line -> Arrays.stream(fragments).allMatch(line::contains))) {
            assertThat(System.nanoTime()).as("waiting for a log line with %s", List.of(fragments)).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
