package dev.cleave.runtime.webapi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.EventLoop;
import dev.cleave.runtime.engine.HostPromise;

/**
 * {@code crypto}: {@code getRandomValues} and {@code randomUUID} from {@link SecureRandom},
 * {@code crypto.subtle.digest} with {@link MessageDigest}, and PBKDF2 ({@code deriveBits}) with
 * {@link Pbkdf2} on a pool of its own, off the event loop. The script checks the arguments; Java
 * reads and writes the JavaScript {@code ArrayBuffer}s in place.
 */
final class CryptoApi extends ScriptedApi {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHUNK = 64 * 1024;

    CryptoApi() {
        super("crypto");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of(
                "randomUUID", (ProxyExecutable) args -> UUID.randomUUID().toString(),
                "fillRandom", (ProxyExecutable) args -> {
                    fillRandom(args[0], args[1].asLong(), args[2].asInt());
                    return null;
                },
                "digest", (ProxyExecutable) args -> {
                    digest(args[0].asString(), args[1], args[2].asLong(), args[3].asLong(), args[4]);
                    return null;
                },
                "pbkdf2", (ProxyExecutable) args -> pbkdf2(context, loop, args));
    }

    /** {@code pbkdf2(hash, secret, salt, iterations, output)}: a promise that is settled once output is filled. */
    private static Value pbkdf2(Context context, EventLoop loop, Value[] args) {
        String hash = args[0].asString();
        byte[] secret = bytes(args[1]);
        byte[] salt = bytes(args[2]);
        int iterations = args[3].asInt();
        Value output = args[4];
        int length = (int) output.getBufferSize();
        return HostPromise.of(loop, Pbkdf2.derive(hash, secret, salt, iterations, length), derived -> {
            for (int i = 0; i < derived.length; i++) {
                output.writeBufferByte(i, derived[i]);
            }
            return null;
        }, error -> context.eval("js", "(message) => new DOMException(message, 'OperationError')")
                .execute("deriveBits: " + (error.getCause() != null ? error.getCause() : error).getMessage()));
    }

    private static byte[] bytes(Value buffer) {
        byte[] bytes = new byte[(int) buffer.getBufferSize()];
        buffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Fills {@code length} bytes of {@code buffer} (an ArrayBuffer) from {@code offset}. */
    private static void fillRandom(Value buffer, long offset, int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            buffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, offset + i, words.getLong(i));
        }
        for (; i < length; i++) {
            buffer.writeBufferByte(offset + i, bytes[i]);
        }
    }

    /** Hashes {@code length} bytes of {@code data} from {@code offset} into {@code output}, both ArrayBuffers. */
    private static void digest(String algorithm, Value data, long offset, long length, Value output) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no " + algorithm + " digest", e);
        }
        byte[] chunk = new byte[(int) Math.min(CHUNK, length)];
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(chunk.length, length - done);
            data.readBuffer(offset + done, chunk, 0, n);
            digest.update(chunk, 0, n);
            done += n;
        }
        byte[] hash = digest.digest();
        for (int i = 0; i < hash.length; i++) {
            output.writeBufferByte(i, hash[i]);
        }
    }
}
