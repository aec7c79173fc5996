package dev.cleave.node.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleave's {@code state} key of a service file: where the state of the built-in modules
 * ({@code cleave/documents}, {@code cleave/counters}, {@code cleave/blobs}) is kept.
 *
 * @param dataDir   standalone only: the folder of the embedded H2 database file {@code cleave.mv.db};
 *                  default {@code ./data}
 * @param jdbcUrl   a database that every write goes through to, instead of the embedded file (its
 *                  JDBC driver must be on the class path; H2 is); default none. In a cluster without
 *                  it, state is held in memory with one backup.
 * @param blobLimit the largest blob, as bytes or with a unit ({@code 512KB}, {@code 5MB}); default {@code 5MB}
 */
public record StateConfig(String dataDir, String jdbcUrl, String blobLimit) {
    public static final StateConfig DEFAULT = new StateConfig(null, null, null);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?");

    public StateConfig {
        blobLimit = blobLimit == null ? "5MB" : blobLimit;
    }

    /** {@link #blobLimit} in bytes; an {@link IllegalArgumentException} that says the accepted form. */
    public long blobLimitBytes() {
        Matcher size = SIZE.matcher(blobLimit.trim().toUpperCase(Locale.ROOT));
        if (!size.matches()) {
            throw new IllegalArgumentException("'state.blobLimit' must be a size such as 5MB, 512KB or 1048576; got '"
                    + blobLimit + "'");
        }
        long unit = switch (size.group(2) == null ? "B" : size.group(2)) {
            case "KB" -> 1L << 10;
            case "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            default -> 1L;
        };
        long bytes = Long.parseLong(size.group(1)) * unit;
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("'state.blobLimit' must be between 1 byte and 2GB; got '" + blobLimit + "'");
        }
        return bytes;
    }
}
