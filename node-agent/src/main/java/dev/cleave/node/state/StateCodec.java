package dev.cleave.node.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.hazelcast.core.HazelcastJsonValue;

import dev.cleave.runtime.state.Blob;

/** How the values of one state map are written to the database: documents and counters as text, blobs as type + bytes. */
enum StateCodec {
    DOCUMENT {
        @Override
        byte[] encode(Object value) {
            return ((HazelcastJsonValue) value).getValue().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        Object decode(byte[] bytes) {
            return new HazelcastJsonValue(new String(bytes, StandardCharsets.UTF_8));
        }
    },
    COUNTER {
        @Override
        byte[] encode(Object value) {
            return Long.toString((Long) value).getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        Object decode(byte[] bytes) {
            return Long.parseLong(new String(bytes, StandardCharsets.US_ASCII));
        }
    },
    BLOB {
        @Override
        byte[] encode(Object value) {
            Blob blob = (Blob) value;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(blob.bytes().length + 64);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(blob.contentType());
                out.write(blob.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        @Override
        Object decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                String contentType = in.readUTF();
                return new Blob(contentType, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    abstract byte[] encode(Object value);

    abstract Object decode(byte[] bytes);

    /** The codec of the map {@code name}. */
    static StateCodec of(String name) {
        if (name.startsWith(StateMaps.DOCUMENT_PREFIX) || name.startsWith(StateMaps.EVENT_PREFIX)) {
            return DOCUMENT;
        }
        return switch (name) {
            case StateMaps.COUNTERS -> COUNTER;
            case StateMaps.BLOBS -> BLOB;
            default -> throw new IllegalArgumentException("no state map is named " + name);
        };
    }
}
