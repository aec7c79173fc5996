package dev.cleave.node.cluster;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.runtime.execution.Implementation;

/**
 * What a member publishes about itself, as JSON in its member attribute {@value #ATTRIBUTE}.
 *
 * @param url        where the member is reached over HTTP
 * @param release    the id of the release it runs; members of another release are not routed to
 * @param segments   the segments it hosts (none for a gateway)
 * @param procedures the procedures of those segments
 */
record MemberCard(String url, String release, List<String> segments, List<Procedure> procedures) {
    static final String ATTRIBUTE = "cleave.card";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One published procedure version; {@code idempotent} is false on the card of a member from before it existed. */
    record Procedure(String fqn, String version, String access, String segment, boolean idempotent) {
        static Procedure of(Implementation implementation) {
            return new Procedure(implementation.fqn(), implementation.version().toString(),
                    implementation.access().name(), implementation.segment(), implementation.idempotent());
        }
    }

    MemberCard {
        segments = List.copyOf(segments);
        procedures = List.copyOf(procedures);
    }

    static MemberCard of(String url, String release, List<String> segments, List<Implementation> hosted) {
        return new MemberCard(url, release, segments, hosted.stream().map(Procedure::of).toList());
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The card in {@code json}, or {@code null} for a member that is not a Cleave node or is of another version of Cleave. */
    static MemberCard parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, MemberCard.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
