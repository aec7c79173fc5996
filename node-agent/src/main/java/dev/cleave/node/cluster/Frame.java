package dev.cleave.node.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The byte layout of calls and replies between members: fixed fields, then strings as a length
 * (-1 for {@code null}) and UTF-8 bytes. Hazelcast carries {@code byte[]} as is, without the cost
 * of Java serialization.
 */
final class Frame {
    private Frame() {}

    /** Writes a frame. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(bytes);

        Writer number(long value) {
            try {
                out.writeLong(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Writer flag(boolean value) {
            return number(value ? 1 : 0);
        }

        Writer text(String value) {
            try {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Writer texts(Map<String, String> entries) {
            number(entries.size());
            entries.forEach((name, value) -> text(name).text(value));
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads a frame in the order it was written. */
    static final class Reader {
        private final DataInputStream in;

        Reader(byte[] frame) {
            this.in = new DataInputStream(new ByteArrayInputStream(frame));
        }

        long number() {
            try {
                return in.readLong();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean flag() {
            return number() != 0;
        }

        String text() {
            try {
                int length = in.readInt();
                return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, String> texts() {
            long size = number();
            Map<String, String> entries = new LinkedHashMap<>();
            for (long i = 0; i < size; i++) {
                entries.put(text(), text());
            }
            return entries;
        }
    }
}
