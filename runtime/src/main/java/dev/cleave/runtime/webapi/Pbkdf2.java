package dev.cleave.runtime.webapi;

import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 (RFC 8018, section 5.2) with HMAC of SHA-1/256/384/512, on a pool of one thread per core
 * that all runtimes of the JVM share, so password hashing never holds up an event loop. At most
 * 1 000 derivations wait; past that one fails at once.
 */
final class Pbkdf2 {
    private static final int WAITING = 1_000;
    private static final ThreadPoolExecutor POOL = pool();

    private Pbkdf2() {}

    /** The first {@code length} bytes of PBKDF2 of {@code secret} and {@code salt}, computed on the pool. */
    static CompletableFuture<byte[]> derive(String hash, byte[] secret, byte[] salt, int iterations, int length) {
        try {
            return CompletableFuture.supplyAsync(() -> compute(hash, secret, salt, iterations, length), POOL);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException(WAITING + " key derivations are waiting already"));
        }
    }

    static byte[] compute(String hash, byte[] secret, byte[] salt, int iterations, int length) {
        String algorithm = "Hmac" + hash.replace("-", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(algorithm);
            // an empty secret is allowed by PBKDF2 but not by SecretKeySpec; HMAC pads keys with zeros anyway
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, algorithm));
            int block = mac.getMacLength();
            byte[] derived = new byte[length];
            byte[] u = new byte[block];
            byte[] t = new byte[block];
            for (int index = 1, done = 0; done < length; index++, done += block) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index});
                mac.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, block);
                for (int i = 1; i < iterations; i++) {
                    mac.update(u);
                    mac.doFinal(u, 0);
                    for (int j = 0; j < block; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, derived, done, Math.min(block, length - done));
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no " + algorithm, e);
        }
    }

    private static ThreadPoolExecutor pool() {
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING), Thread.ofPlatform().name("cleave-crypto-", 0).daemon(true).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
