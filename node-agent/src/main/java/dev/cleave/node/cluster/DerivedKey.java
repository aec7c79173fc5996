package dev.cleave.node.cluster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for one purpose each, derived from the cluster's trust key (an HMAC-SHA256 of the purpose's
 * label), so that no seal is made with the value callers send in {@code x-jitar-trust-key}.
 */
public final class DerivedKey {
    private static final String ALGORITHM = "HmacSHA256";

    private DerivedKey() {}

    /** A keyed HMAC-SHA256 for {@code label} (e.g. {@code cleave.cluster.frame-seal.v1}); clone it per use. */
    public static Mac hmac(String trustKey, String label) {
        try {
            Mac derive = Mac.getInstance(ALGORITHM);
            derive.init(new SecretKeySpec(trustKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] key = derive.doFinal(label.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A fresh copy of {@code prototype}, ready for one MAC. */
    public static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
