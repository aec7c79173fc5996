package dev.cleave.runtime.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.graalvm.polyglot.Value;

/**
 * Bytes between Java and JavaScript in bulk. GraalJS offers buffer interop on {@code ArrayBuffer},
 * not on typed arrays, so bytes travel as ArrayBuffers; on the loop thread only.
 */
public final class JsBytes {
    private JsBytes() {}

    /** A copy of the bytes of a JavaScript ArrayBuffer. */
    public static byte[] read(Value arrayBuffer) {
        if (!arrayBuffer.hasBufferElements()) {
            throw new IllegalArgumentException("expected an ArrayBuffer, got " + arrayBuffer);
        }
        byte[] bytes = new byte[Math.toIntExact(arrayBuffer.getBufferSize())];
        arrayBuffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** A new JavaScript ArrayBuffer, made by the context's {@code ArrayBuffer} constructor, holding a copy of {@code bytes}. */
    public static Value arrayBuffer(Value arrayBufferType, byte[] bytes) {
        Value buffer = arrayBufferType.newInstance(bytes.length);
        // Interop has no bulk write: eight bytes per call is what it offers.
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            buffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, i, in.getLong(i));
        }
        for (; i < bytes.length; i++) {
            buffer.writeBufferByte(i, bytes[i]);
        }
        return buffer;
    }
}
