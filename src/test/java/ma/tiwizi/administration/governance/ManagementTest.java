package ma.tiwizi.administration.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import ma.tiwizi.administration.governance.Management.Role;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.platform.NotFoundException;
import org.junit.jupiter.api.Test;

/** Who runs a cooperative, as the law lets it: a board or up to three managers, each mandate for three years. */
class ManagementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aMandateLastsThreeYearsAndAMemberHoldsOne() {
        var management = Management.of(7);
        management.elect(1, "فاطمة", Role.DIRECTOR, LocalDate.of(2025, 6, 14), TODAY, NOW);

        assertThat(management.current()).singleElement()
                .satisfies(m -> assertThat(m.endsOn()).isEqualTo(LocalDate.of(2028, 6, 14)));
        assertThatThrownBy(() -> management.elect(1, "فاطمة", Role.DIRECTOR, TODAY, TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.error.alreadyMandated");
        assertThatThrownBy(() -> management.elect(2, "حسن", Role.DIRECTOR, TODAY.plusDays(1), TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.error.electedOn");
    }

    @Test
    void aCooperativeIsRunByABoardOrByManagersNeverBoth() {
        var board = Management.of(7);
        board.elect(1, "فاطمة", Role.DIRECTOR, TODAY, TODAY, NOW);
        assertThatThrownBy(() -> board.elect(2, "حسن", Role.MANAGER, TODAY, TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.error.mixedGovernance");

        var managed = Management.of(8);
        managed.elect(1, "أ", Role.MANAGER, TODAY, TODAY, NOW);
        managed.elect(2, "ب", Role.MANAGER, TODAY, TODAY, NOW);
        managed.elect(3, "ج", Role.MANAGER, TODAY, TODAY, NOW);
        assertThatThrownBy(() -> managed.elect(4, "د", Role.MANAGER, TODAY, TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.rule.managers");
        assertThat(managed.count(Role.MANAGER)).isEqualTo(3);
    }

    @Test
    void aBoardHasAtMostTwelveDirectors() {
        var board = Management.of(7);
        for (int i = 1; i <= 12; i++) {
            board.elect(i, "متصرف " + i, Role.DIRECTOR, TODAY, TODAY, NOW);
        }
        assertThatThrownBy(() -> board.elect(13, "متصرف 13", Role.DIRECTOR, TODAY, TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.rule.boardSize");
    }

    @Test
    void anEndedMandateIsKeptWithItsDayAndFreesTheMember() {
        var management = Management.of(7);
        management.elect(1, "فاطمة", Role.MANAGER, LocalDate.of(2024, 1, 10), TODAY, NOW);

        assertThatThrownBy(() -> management.end(1, LocalDate.of(2023, 12, 31), TODAY, NOW))
                .isInstanceOf(AdministrationRefused.class).hasMessageContaining("administration.error.endedOn");
        assertThatThrownBy(() -> management.end(2, TODAY, TODAY, NOW)).isInstanceOf(NotFoundException.class);
        management.end(1, LocalDate.of(2026, 5, 2), TODAY, NOW);

        assertThat(management.current()).isEmpty();
        assertThat(management.past()).singleElement()
                .satisfies(m -> assertThat(m.endedOn()).isEqualTo(LocalDate.of(2026, 5, 2)));
        management.elect(1, "فاطمة", Role.DIRECTOR, TODAY, TODAY, NOW);
        assertThat(management.count(Role.DIRECTOR)).isOne();
    }
}
