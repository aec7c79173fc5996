package dev.cleave.node.cluster;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.node.config.ClusterConfig;
import dev.cleave.node.config.ConfigException;

/**
 * How a Jitar worker file that names only its {@code gateway} joins that gateway's cluster: it asks
 * the gateway over HTTP ({@value #PATH}) for the cluster name and member addresses, and binds its
 * own member to the local address it reaches the gateway from.
 */
public final class GatewayJoin {
    /** The path of the join details on every node of a cluster. */
    public static final String PATH = "/cleave/cluster";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private GatewayJoin() {}

    /**
     * The cluster of the gateway at {@code gatewayUrl}, asked until it answers (a gateway may still
     * be starting) for at most 30 s.
     *
     * @throws ConfigException when the gateway does not answer or refuses the trust key, or when it is on another
     *                         machine and the worker has no trust key
     */
    public static ClusterConfig fetch(String gatewayUrl, String trustKey) {
        URI uri = URI.create(gatewayUrl).resolve(PATH);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        if (trustKey != null) {
            request.header("x-jitar-trust-key", trustKey);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 401) {
                        throw new ConfigException("the gateway " + gatewayUrl + " refused this worker's trust key — give the"
                                + " worker the gateway's 'trustKey'");
                    }
                    if (response.statusCode() == 403) {
                        throw new ConfigException("the gateway " + gatewayUrl + " has no trust key, so it gives its cluster"
                                + " only to workers on its own machine — give the gateway and every worker the same"
                                + " 'trustKey' (make one with `openssl rand -hex 32`)");
                    }
                    if (response.statusCode() == 200) {
                        return onlyWithKeyElsewhere(details(JSON.readTree(response.body()), uri), gatewayUrl, trustKey);
                    }
                } catch (IOException e) {
                    // not up yet: ask again below
                }
                if (System.nanoTime() > deadline) {
                    throw new ConfigException("cannot get the cluster of the gateway " + gatewayUrl + " (" + uri + ") within "
                            + PATIENCE.toSeconds() + " s — start the gateway, or give this worker a 'cluster' key");
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while asking the gateway " + gatewayUrl + " for its cluster");
        }
    }

    /** A worker without a trust key joins only a cluster on its own machine: members elsewhere are not authenticated. */
    private static ClusterConfig onlyWithKeyElsewhere(ClusterConfig cluster, String gatewayUrl, String trustKey) {
        if (trustKey == null && !cluster.onThisMachine()) {
            throw new ConfigException("the gateway " + gatewayUrl + " is on another machine and this worker has no trust key"
                    + " to authenticate the cluster's members — give the gateway and every worker the same 'trustKey'"
                    + " (make one with `openssl rand -hex 32`)");
        }
        return cluster;
    }

    private static ClusterConfig details(JsonNode json, URI gateway) {
        List<String> members = JSON.convertValue(json.get("members"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        return new ClusterConfig(json.get("name").asText(), members, localAddressTowards(gateway), null);
    }

    /** The address of this machine that reaches {@code target} (no packet is sent). */
    private static String localAddressTowards(URI target) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(target.getHost(), Math.max(target.getPort(), 1)));
            return socket.getLocalAddress().getHostAddress();
        } catch (IOException e) {
            return null;
        }
    }
}
