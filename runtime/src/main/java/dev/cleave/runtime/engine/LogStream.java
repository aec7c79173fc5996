package dev.cleave.runtime.engine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

/** A context's stdout or stderr, written line by line to SLF4J (GraalJS writes warnings there). */
final class LogStream extends OutputStream {
    private final Supplier<String> loggerName;
    private final boolean error;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogStream(Supplier<String> loggerName, boolean error) {
        this.loggerName = loggerName;
        this.error = error;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        var logger = LoggerFactory.getLogger(loggerName.get());
        if (error) {
            logger.warn(text);
        } else {
            logger.info(text);
        }
    }
}
