package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.impl.MemberImpl;

import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Version;

class RoutingTableTest {
    private static int nextPort = 5701;
    private final RoutingTable table = new RoutingTable("release-1");

    private static Member member(String release, MemberCard.Procedure... procedures) {
        MemberCard card = new MemberCard("http://127.0.0.1:" + nextPort, release, List.of("back"), List.of(procedures));
        try {
            return new MemberImpl.Builder(new Address("127.0.0.1", nextPort++)).uuid(UUID.randomUUID())
                    .attributes(Map.of(MemberCard.ATTRIBUTE, card.json())).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MemberCard.Procedure procedure(String fqn, String version, Access access) {
        return new MemberCard.Procedure(fqn, version, access.name(), "back", false);
    }

    private void join(Member member) {
        table.add(member);
        table.listening(member.getUuid());
    }

    private void leave(Member member) {
        table.remove(member);
    }

    private Implementation find(String fqn, String version) {
        return table.find(fqn, Version.parse(version)).orElse(null);
    }

    @Test
    void takesTurnsPerProcedureOverTheMembersThatHostIt() {
        Member one = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        Member two = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        join(one);
        join(two);
        Implementation hello = find("back/hello", "0.0.0");
        List<Member> picked = List.of(table.pick(hello, Set.of()), table.pick(hello, Set.of()), table.pick(hello, Set.of()),
                table.pick(hello, Set.of()));
        assertThat(picked).containsExactlyInAnyOrder(one, two, one, two);
        assertThat(picked.get(0)).isNotEqualTo(picked.get(1));
    }

    @Test
    void skipsMembersAlreadyTried() {
        Member one = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        Member two = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        join(one);
        join(two);
        Implementation hello = find("back/hello", "0.0.0");
        assertThat(table.pick(hello, Set.of(one.getUuid()))).isEqualTo(two);
        assertThat(table.pick(hello, new HashSet<>(Set.of(one.getUuid(), two.getUuid())))).isNull();
    }

    @Test
    void listsAMembersProceduresOnlyOnceItListensOnItsInbox() {
        Member one = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        table.add(one);
        assertThat(find("back/hello", "0.0.0")).as("a card without a sealed listening entry counts for nothing").isNull();
        assertThat(table.contains("back/hello")).isFalse();
        table.listening(one.getUuid());
        Implementation hello = find("back/hello", "0.0.0");
        assertThat(table.pick(hello, Set.of())).isEqualTo(one);
    }

    @Test
    void aCardOfAMemberThatNeverListensCannotChangeTheAccessOfAProcedure() {
        Member rogue = member("release-1", procedure("back/secret", "0.0.0", Access.PUBLIC),
                procedure("back/secret", "9.0.0", Access.PUBLIC));
        Member worker = member("release-1", procedure("back/secret", "0.0.0", Access.PROTECTED));
        table.add(rogue);
        join(worker);
        assertThat(find("back/secret", "0.0.0").access()).isEqualTo(Access.PROTECTED);
        assertThat(find("back/secret", "9.0.0").version()).as("no shadowing version").isEqualTo(Version.parse("0.0.0"));
        assertThat(table.pick(find("back/secret", "0.0.0"), Set.of())).isEqualTo(worker);
    }

    @Test
    void ignoresMembersOfAnotherRelease() {
        join(member("release-2", procedure("back/hello", "0.0.0", Access.PUBLIC)));
        assertThat(table.contains("back/hello")).isFalse();
        assertThat(table.size()).isZero();
    }

    @Test
    void dropsAMemberTheMomentItLeaves() {
        Member one = member("release-1", procedure("back/hello", "0.0.0", Access.PUBLIC));
        join(one);
        Implementation hello = find("back/hello", "0.0.0");
        leave(one);
        assertThat(table.contains("back/hello")).isFalse();
        assertThat(table.pick(hello, Set.of())).isNull();
    }

    @Test
    void choosesTheExactVersionElseTheHighestLowerOneWithItsAccess() {
        join(member("release-1", procedure("back/hello", "1.0.0", Access.PUBLIC), procedure("back/hello", "2.1.0",
                Access.PROTECTED)));
        assertThat(find("back/hello", "2.1.0").access()).isEqualTo(Access.PROTECTED);
        assertThat(find("back/hello", "1.5.0").version()).isEqualTo(Version.parse("1.0.0"));
        assertThat(find("back/hello", "0.1.0")).isNull();
        assertThat(table.contains("back/hello")).isTrue();
    }

    @Test
    void doesNotListThisNodeItself() {
        Member self = new MemberImpl.Builder(new Address()).uuid(UUID.randomUUID()).localMember(true)
                .attributes(Map.of(MemberCard.ATTRIBUTE, new MemberCard("http://x:1", "release-1", List.of("back"),
                        List.of(procedure("back/hello", "0.0.0", Access.PUBLIC))).json())).build();
        join(self);
        assertThat(table.contains("back/hello")).isFalse();
    }
}
