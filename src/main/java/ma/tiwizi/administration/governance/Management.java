package ma.tiwizi.administration.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.Breach;
import ma.tiwizi.administration.rules.Governance;
import ma.tiwizi.platform.NotFoundException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Who runs a cooperative (arts. 47–56, 65): a board of directors or, without one, one to three managers, each
 * elected among the members for three years. A mandate is never deleted: an ended one keeps the day it ended.
 */
@Table("administration_management")
class Management {

    enum Role {
        DIRECTOR, MANAGER
    }

    /** A member's mandate: elected on a day, ending three years later unless it ended before. */
    @Table("administration_mandate")
    record Mandate(Long memberId, String memberName, Role role, LocalDate electedOn, LocalDate endsOn,
            LocalDate endedOn) {

        boolean current() {
            return endedOn == null;
        }
    }

    @Id
    private Long cooperativeId;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "cooperative_id")
    private Set<Mandate> mandates = new HashSet<>();

    Management() {
    }

    static Management of(long cooperativeId) {
        var management = new Management();
        management.cooperativeId = cooperativeId;
        return management;
    }

    /**
     * Elects a member: refused for a day to come, for a member who already holds a mandate, for a manager beside a
     * board (or a director beside managers), and beyond three managers or twelve directors.
     */
    void elect(long memberId, String memberName, Role role, LocalDate electedOn, LocalDate today, Instant now) {
        if (electedOn == null || electedOn.isAfter(today)) {
            throw new AdministrationRefused("administration.error.electedOn", "electedOn");
        }
        if (current().stream().anyMatch(m -> m.memberId() == memberId)) {
            throw new AdministrationRefused("administration.error.alreadyMandated", "memberId", memberName);
        }
        long same = count(role);
        if (count(role == Role.DIRECTOR ? Role.MANAGER : Role.DIRECTOR) > 0) {
            throw new AdministrationRefused("administration.error.mixedGovernance", "role");
        }
        var breaches = role == Role.MANAGER ? Governance.checkManagers((int) same + 1)
                : same + 1 > 12 ? Governance.checkBoard((int) same + 1) : List.<Breach>of();
        if (!breaches.isEmpty()) {
            throw AdministrationRefused.of(breaches.getFirst(), "role");
        }
        mandates.add(new Mandate(memberId, memberName, role, electedOn, Governance.mandateEnds(electedOn), null));
        updatedAt = now;
    }

    /** Ends a member's current mandate on a day between the election and today. */
    void end(long memberId, LocalDate endedOn, LocalDate today, Instant now) {
        var mandate = current().stream().filter(m -> m.memberId() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("mandate", memberId));
        if (endedOn == null || endedOn.isAfter(today) || endedOn.isBefore(mandate.electedOn())) {
            throw new AdministrationRefused("administration.error.endedOn", "endedOn");
        }
        mandates.remove(mandate);
        mandates.add(new Mandate(mandate.memberId(), mandate.memberName(), mandate.role(), mandate.electedOn(),
                mandate.endsOn(), endedOn));
        updatedAt = now;
    }

    /** The mandates held now, by role then by name. */
    List<Mandate> current() {
        return mandates.stream().filter(Mandate::current)
                .sorted(Comparator.comparing(Mandate::role).thenComparing(Mandate::memberName)).toList();
    }

    /** The mandates that ended, the latest first. */
    List<Mandate> past() {
        return mandates.stream().filter(m -> !m.current())
                .sorted(Comparator.comparing(Mandate::endedOn).reversed()).toList();
    }

    long count(Role role) {
        return current().stream().filter(m -> m.role() == role).count();
    }
}
