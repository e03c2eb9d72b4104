package ma.tiwizi.administration.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.Majority.Votes;
import org.junit.jupiter.api.Test;

class AssemblyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);
    private static final Set<Long> TEN = LongStream.rangeClosed(1, 10).boxed().collect(Collectors.toSet());

    private static Assembly prepared(AssemblyKind kind, LocalDate day) {
        var form = new AssemblyForm(kind, day, LocalTime.of(10, 0), "مقر التعاونية",
                "المصادقة على الحسابات\nانتخاب المسير");
        return Assembly.prepare(7, form, TODAY, Instant.parse("2027-05-01T09:00:00Z"), "coop");
    }

    private static Map<Long, Assembly.Presence> present(long... members) {
        var presence = new HashMap<Long, Assembly.Presence>();
        for (long m : members) {
            presence.put(m, Assembly.Presence.PRESENT);
        }
        return presence;
    }

    @Test
    void anAssemblyIsPreparedOnlyWhenItsNoticeCanStillBeInTime() {
        assertThat(prepared(AssemblyKind.ORDINARY, TODAY.plusDays(16)).agenda()).hasSize(2);
        assertThatThrownBy(() -> prepared(AssemblyKind.ORDINARY, TODAY.plusDays(15)))
                .isInstanceOf(AdministrationRefused.class)
                .satisfies(e -> assertThat(((AdministrationRefused) e).arguments()).containsExactly(15, "17/05/2027"));
    }

    @Test
    void nothingIsDecidedBeforeTheNoticeNorWithoutQuorumAndExactlyHalfIsEnough() {
        var assembly = prepared(AssemblyKind.ORDINARY, TODAY.plusDays(20));
        assertThatThrownBy(() -> assembly.recordAttendance(present(1, 2), Map.of(), TEN))
                .hasMessageContaining("administration.error.noticeFirst");
        assembly.noticeSent(TODAY);
        assembly.recordAttendance(present(1, 2, 3, 4), Map.of(), TEN);
        assertThat(assembly.quorumReached()).isFalse();
        assertThatThrownBy(() -> assembly.vote(0, new Votes(4, 0, 0), null, Set.of()))
                .hasMessageContaining("administration.rule.noQuorum");
        assembly.recordAttendance(present(1, 2, 3, 4, 5), Map.of(), TEN);
        assertThat(assembly.quorumReached()).isTrue();
        assembly.vote(0, new Votes(3, 2, 0), null, Set.of());
        assertThat(assembly.agenda().getFirst().adopted()).isTrue();
        assertThatThrownBy(() -> assembly.vote(1, new Votes(4, 2, 0), null, Set.of()))
                .hasMessageContaining("administration.error.tooManyVotes");
        assertThatThrownBy(() -> assembly.vote(2, new Votes(1, 0, 0), null, Set.of()))
                .hasMessageContaining("administration.rule.notOnAgenda");
        assertThatThrownBy(() -> assembly.vote(0, new Votes(3, 2, 0), null, Set.of(1L)))
                .as("a member behind on calls does not vote (art. 29)")
                .hasMessageContaining("administration.error.tooManyVotes");
        assembly.vote(0, new Votes(3, 1, 0), null, Set.of(1L, 99L));
        assertThat(assembly.agenda().getFirst().inFavour()).isEqualTo(3);
    }

    @Test
    void aNoticeSentAfterItsLastDayIsRefused() {
        var assembly = prepared(AssemblyKind.ORDINARY, TODAY.plusDays(20));
        assertThatThrownBy(() -> assembly.noticeSent(TODAY.plusDays(5))).hasMessageContaining("noticeLate");
        assembly.noticeSent(TODAY.plusDays(4));
        assertThat(assembly.noticeSentOn()).as("16 days before: 15 full days between").isEqualTo(TODAY.plusDays(4));
    }

    @Test
    void aRepresentedMembersProxyGoesToAPresentMemberWhoHoldsOnlyOne() {
        var assembly = prepared(AssemblyKind.EXTRAORDINARY, TODAY.plusDays(20));
        assembly.noticeSent(TODAY);
        var presence = present(1, 2, 3, 4, 5, 6);
        presence.put(7L, Assembly.Presence.REPRESENTED);
        presence.put(8L, Assembly.Presence.REPRESENTED);
        assertThatThrownBy(() -> assembly.recordAttendance(presence, Map.of(7L, 1L, 8L, 1L), TEN))
                .hasMessageContaining("administration.rule.secondProxy");
        assertThatThrownBy(() -> assembly.recordAttendance(presence, Map.of(7L, 1L, 8L, 9L), TEN))
                .hasMessageContaining("administration.rule.proxyHolderAbsent");
        assertThatThrownBy(() -> assembly.recordAttendance(presence, Map.of(7L, 1L), TEN))
                .hasMessageContaining("administration.error.proxyHolder");
        assembly.recordAttendance(presence, Map.of(7L, 1L, 8L, 2L), TEN);
        assertThat(assembly.presentOrRepresented()).isEqualTo(8);
        assertThat(assembly.requiredForQuorum()).isEqualTo(8);
        assertThat(assembly.quorumReached()).as("three quarters of ten is eight").isTrue();
        assembly.vote(0, new Votes(5, 3, 0), true, Set.of());
        assertThat(assembly.agenda().getFirst().adopted()).as("5 of 8 is under two thirds").isFalse();
    }

    @Test
    void withoutQuorumTheAssemblyIsCalledAgainWithItsOwnNoticeAndALowerQuorum() {
        var assembly = prepared(AssemblyKind.ORDINARY, TODAY.plusDays(20));
        assembly.noticeSent(TODAY);
        assembly.recordAttendance(present(1, 2), Map.of(), TEN);
        assertThatThrownBy(() -> assembly.callAgain(TODAY.plusDays(10), TODAY)).hasMessageContaining("noticeTooLate");
        assembly.callAgain(TODAY.plusDays(11), TODAY);
        assertThat(assembly.callNumber()).isEqualTo(2);
        assertThat(assembly.noticeSentOn()).isNull();
        assembly.noticeSent(TODAY);
        assembly.recordAttendance(present(1, 2, 3), Map.of(), TEN);
        assertThat(assembly.requiredForQuorum()).as("a quarter of ten").isEqualTo(3);
        assertThat(assembly.quorumReached()).isTrue();
        assertThatThrownBy(() -> assembly.callAgain(TODAY.plusDays(30), TODAY)).hasMessageContaining("noNewCall");
    }
}
