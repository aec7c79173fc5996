package dev.cleave.node.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.javalin.http.Context;

import dev.cleave.node.config.Roles.RepositoryConfig;

/**
 * Static assets of the repository and standalone roles: files under the asset root whose relative
 * path matches one of the {@code assets} globs, the index file for {@code /}, and — for
 * single-page apps — the index for any other unknown path. File bytes are cached (64 MB at most),
 * keyed by path, size and modification time, so a rebuilt file is served fresh. Every answer carries
 * the node's Content-Security-Policy, {@code X-Content-Type-Options: nosniff} and {@code
 * Referrer-Policy: same-origin}.
 */
final class AssetHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("wasm", "application/wasm"));

    private record Key(Path path, long size, long modified) {}

    private final Path root;
    private final List<PathMatcher> globs;
    private final RepositoryConfig config;
    private final String contentSecurityPolicy;
    private final Cache<Key, byte[]> bytes = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((Key key, byte[] value) -> value.length)
            .build();

    AssetHandler(Path root, RepositoryConfig config, BrowserPolicy policy) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.contentSecurityPolicy = policy.contentSecurityPolicy();
        this.globs = config.assets().stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    void handle(Context ctx) {
        String path = ctx.path();
        ctx.header("content-security-policy", contentSecurityPolicy).header("x-content-type-options", "nosniff")
                .header("referrer-policy", "same-origin");
        Path file = "/".equals(path) ? index() : asset(path.substring(1));
        if (file == null && config.serveIndexOnNotFound()) {
            file = index();
        }
        if (file == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found: " + path);
            return;
        }
        ctx.contentType(type(file)).result(read(file));
    }

    private Path index() {
        Path index = root.resolve(config.indexFilename()).normalize();
        return index.startsWith(root) && Files.isRegularFile(index) ? index : null;
    }

    private Path asset(String relative) {
        if (relative.isEmpty() || relative.contains("..") || relative.contains("\\")) {
            return null;
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return null;
        }
        Path inside = root.relativize(file);
        return globs.stream().anyMatch(glob -> glob.matches(inside)) ? file : null;
    }

    private byte[] read(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return bytes.get(new Key(file, attributes.size(), attributes.lastModifiedTime().toMillis()), key -> {
                try {
                    return Files.readAllBytes(key.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
