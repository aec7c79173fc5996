package dev.cleave.segmenter.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A module's text as read from disk.
 *
 * @param shown how messages name the file, e.g. {@code src/post/getPost.ts}
 */
public record SourceFile(String shown, SourceKind kind, String text) {
    /** SHA-256 of the kind and the text: the key of the analysis cache and part of the release id. */
    public String hash() {
        return sha256(kind.name() + "\n" + text);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
