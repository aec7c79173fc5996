package dev.cleave.node.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.InitialMembershipEvent;
import com.hazelcast.cluster.InitialMembershipListener;

import dev.cleave.node.execution.ProcedureDirectory;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Version;

/**
 * Which other members host which procedure versions, kept from membership events: a member is
 * added with the card it joined with and dropped the moment Hazelcast reports it gone. Only
 * members of this node's release are listed, and only once they listen on their inbox (their
 * {@code cleave.listening} entry carries the trust key's seal): until then a member's card (what
 * it says it hosts, with which access) counts for nothing, so a member that joined without the key
 * cannot make a procedure look public or shadow one with a higher version. Reads are lock-free over an index rebuilt on every change (membership changes are rare,
 * calls are not).
 */
final class RoutingTable implements ProcedureDirectory, InitialMembershipListener {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingTable.class);

    /** Members that host one procedure version, and the version's access and segment. */
    private record Route(Implementation implementation, List<Member> members) {}

    private final String release;
    private final Map<UUID, Member> members = new ConcurrentHashMap<>();
    private final Set<UUID> listening = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    private volatile UUID self;
    private volatile Map<String, Map<Version, Route>> index = Map.of();

    RoutingTable(String release) {
        this.release = release;
    }

    @Override
    public void init(InitialMembershipEvent event) {
        event.getMembers().forEach(this::add);
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        add(event.getMember());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        remove(event.getMember());
    }

    void remove(Member member) {
        listening.remove(member.getUuid());
        if (members.remove(member.getUuid()) != null) {
            LOG.info("member left {} ({} member(s) routed to)", describe(member), members.size());
            rebuild();
        }
    }

    void add(Member member) {
        if (member.localMember()) {
            self = member.getUuid();
            return;
        }
        MemberCard card = MemberCard.parse(member.getAttribute(MemberCard.ATTRIBUTE));
        if (card == null) {
            LOG.warn("member {} is not a Cleave node; not routed to", member.getAddress());
            return;
        }
        if (!release.equals(card.release())) {
            LOG.warn("member {} runs release {}, this node {}; not routed to", describe(member),
                    shortId(card.release()), shortId(release));
            return;
        }
        members.put(member.getUuid(), member);
        LOG.info("member joined {} segments={} ({} member(s) routed to)", describe(member), card.segments(), members.size());
        rebuild();
    }

    /**
     * Marks a member as listening on its inbox: only then is it sent calls, so that no call is sent
     * into the moment between its joining and its subscribing.
     */
    void listening(UUID member) {
        if (listening.add(member) && members.containsKey(member)) {
            rebuild();
        }
    }

    private synchronized void rebuild() {
        Map<String, Map<Version, Route>> next = new HashMap<>();
        for (Member member : members.values()) {
            if (!listening.contains(member.getUuid())) {
                continue;
            }
            for (MemberCard.Procedure procedure : MemberCard.parse(member.getAttribute(MemberCard.ATTRIBUTE)).procedures()) {
                Version version = Version.parse(procedure.version());
                Route route = next.computeIfAbsent(procedure.fqn(), fqn -> new HashMap<>()).computeIfAbsent(version,
                        v -> new Route(new Implementation(procedure.fqn(), v, Access.valueOf(procedure.access()),
                                procedure.segment(), "", "", List.of(), procedure.idempotent()), new ArrayList<>()));
                route.members().add(member);
            }
        }
        index = next;
    }

    @Override
    public Optional<Implementation> find(String fqn, Version requested) {
        Map<Version, Route> versions = index.get(fqn);
        if (versions == null) {
            return Optional.empty();
        }
        return Version.select(versions.keySet(), requested).map(version -> versions.get(version).implementation());
    }

    @Override
    public boolean contains(String fqn) {
        return index.containsKey(fqn);
    }

    /**
     * The next member, round robin per procedure, that hosts {@code implementation} and is not in
     * {@code tried}; {@code null} when there is none.
     */
    Member pick(Implementation implementation, Set<UUID> tried) {
        Map<Version, Route> versions = index.get(implementation.fqn());
        Route route = versions == null ? null : versions.get(implementation.version());
        if (route == null) {
            return null;
        }
        List<Member> candidates = route.members().stream()
                .filter(member -> !tried.contains(member.getUuid()) && members.containsKey(member.getUuid())
                        && listening.contains(member.getUuid())).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        int turn = turns.computeIfAbsent(implementation.fqn(), fqn -> new AtomicInteger()).getAndIncrement();
        return candidates.get(Math.floorMod(turn, candidates.size()));
    }

    /** Whether {@code member} is still in the cluster as far as this node knows. */
    boolean present(Member member) {
        return members.containsKey(member.getUuid());
    }

    int size() {
        return members.size();
    }

    static String describe(Member member) {
        MemberCard card = MemberCard.parse(member.getAttribute(MemberCard.ATTRIBUTE));
        return (card == null ? "" : card.url() + " ") + member.getAddress();
    }

    private static String shortId(String id) {
        return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }
}
