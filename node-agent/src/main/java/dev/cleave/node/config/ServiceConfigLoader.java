package dev.cleave.node.config;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads service files strictly: unknown keys, a missing or second role, a bad URL and unset
 * variables are errors that name the file and the key.
 */
public final class ServiceConfigLoader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The shortest trust key accepted, in bytes of UTF-8: 256 bits when it is random hex or base64. */
    public static final int TRUST_KEY_BYTES = 32;

    private final Function<String, String> variables;

    /** Variables come from {@code environment} first, then from the values of the env file. */
    public ServiceConfigLoader(Map<String, String> environment, Map<String, String> envFile) {
        this.variables = name -> environment.containsKey(name) ? environment.get(name) : envFile.get(name);
    }

    public ServiceConfig load(Path file) {
        String name = file.toString();
        JsonNode tree = new Variables(variables, name).substitute(parse(file, name), "");
        ServiceConfig config;
        try {
            config = JSON.treeToValue(tree, ServiceConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(name + ": unknown key '" + path(e) + "' — known keys here: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (MismatchedInputException e) {
            throw new ConfigException(name + ": '" + path(e) + "' has the wrong type — " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": " + e.getOriginalMessage());
        }
        validate(config, name);
        return config;
    }

    private static JsonNode parse(Path file, String name) {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " — " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("cannot read service file " + name + " (" + e.getClass().getSimpleName()
                    + ") — check the --service path");
        }
        if (tree == null || !tree.isObject()) {
            throw new ConfigException(name + ": a service file is a JSON object with 'url' and one role key");
        }
        return tree;
    }

    private static void validate(ServiceConfig config, String name) {
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (present(config, role)) {
                roles.add(role.key());
            }
        }
        if (roles.size() != 1) {
            throw new ConfigException(name + ": " + (roles.isEmpty() ? "no role" : "more than one role " + roles)
                    + " — a service file has exactly one of: standalone, worker, gateway, repository, proxy");
        }
        if (config.url() == null) {
            throw new ConfigException(name + ": 'url' is missing — add e.g. \"url\": \"http://127.0.0.1:3000\"");
        }
        URI uri;
        try {
            uri = URI.create(config.url());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + ": 'url' is not a URL: '" + config.url() + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || uri.getPort() < 0) {
            throw new ConfigException(name + ": 'url' must be http(s)://host:port, with the port the node listens on; got '"
                    + config.url() + "'");
        }
        if (config.cluster() != null && config.cluster().minimumMembers() < 1) {
            throw new ConfigException(name + ": 'cluster.minimumMembers' must be at least 1, not " + config.cluster().minimumMembers()
                    + " — for a cluster of n nodes, n / 2 + 1 lets only the larger side of a split take writes");
        }
        if (config.worker() != null && config.worker().segments().isEmpty()) {
            throw new ConfigException(name + ": 'worker.segments' is empty — list the segments this worker hosts");
        }
        try {
            config.state().blobLimitBytes();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + ": " + e.getMessage());
        }
        if (config.state().dataDir() != null && (config.role() != Role.STANDALONE || config.cluster() != null)) {
            throw new ConfigException(name + ": 'state.dataDir' applies to a standalone node only — nodes of a cluster "
                    + "hold state in memory with one backup, or write it through to the database of 'state.jdbcUrl'");
        }
        if (config.state().jdbcUrl() != null && !config.state().jdbcUrl().startsWith("jdbc:")) {
            throw new ConfigException(name + ": 'state.jdbcUrl' must be a JDBC URL (jdbc:...), got '"
                    + config.state().jdbcUrl() + "'");
        }
        if (config.proxy() != null && (config.proxy().gateway() == null || config.proxy().repository() == null)) {
            throw new ConfigException(name + ": a proxy needs both 'proxy.gateway' and 'proxy.repository' URLs");
        }
        requireStrongTrustKey(config, name);
        for (String origin : config.allowedOrigins()) {
            requireOrigin(origin, name);
        }
        if (config.contentSecurityPolicy() != null && (config.contentSecurityPolicy().isBlank()
                || config.contentSecurityPolicy().chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
            throw new ConfigException(name + ": 'contentSecurityPolicy' must be a non-empty header value of printable"
                    + " ASCII on one line, e.g. \"default-src 'self'\"");
        }
    }

    /** An origin is scheme://host[:port], nothing more: what a browser sends in its Origin header. */
    private static void requireOrigin(String origin, String name) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean plain = uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                && uri.getHost() != null && uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!plain) {
            throw new ConfigException(name + ": 'allowedOrigins' has '" + origin + "', which is not an origin — write"
                    + " scheme://host[:port] with no path, e.g. \"https://app.example.com\"");
        }
    }

    /**
     * A trust key, when the file has one, is at least {@value #TRUST_KEY_BYTES} bytes: an empty or
     * short one (often an unset variable, {@code TRUST_KEY=}) would let anyone who guesses it call
     * protected procedures and join the cluster.
     */
    private static void requireStrongTrustKey(ServiceConfig config, String name) {
        String key = config.trustKey();
        if (key == null) {
            return;
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < TRUST_KEY_BYTES) {
            throw new ConfigException(name + ": '" + config.role().key() + ".trustKey' is " + (bytes == 0 ? "empty" : bytes
                    + " bytes long") + "; a trust key needs at least " + TRUST_KEY_BYTES + " bytes — make one with"
                    + " `openssl rand -hex 32` and give the same key to every node, or remove 'trustKey' to refuse"
                    + " protected procedures from outside");
        }
    }

    private static boolean present(ServiceConfig config, Role role) {
        return switch (role) {
            case STANDALONE -> config.standalone() != null;
            case WORKER -> config.worker() != null;
            case GATEWAY -> config.gateway() != null;
            case REPOSITORY -> config.repository() != null;
            case PROXY -> config.proxy() != null;
        };
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
