package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CooperativeStatusTest {

    @Test
    void activeAndDormantTurnIntoEachOtherAndDissolutionIsFinal() {
        assertThat(CooperativeStatus.ACTIVE.canBecome(CooperativeStatus.DORMANT)).isTrue();
        assertThat(CooperativeStatus.DORMANT.canBecome(CooperativeStatus.ACTIVE)).isTrue();
        assertThat(CooperativeStatus.ACTIVE.canBecome(CooperativeStatus.DISSOLVED)).isTrue();
        assertThat(CooperativeStatus.DISSOLVED.next()).isEmpty();
        assertThat(CooperativeStatus.ACTIVE.canBecome(CooperativeStatus.ACTIVE)).isFalse();
    }

    @Test
    void aDissolvedCooperativeRefusesToBecomeActiveAgain() {
        var form = CooperativeBuilder.aCooperative("تعاونية", "R-1").latin("Coop").createdOn(LocalDate.of(2020, 1, 1))
                .presidedBy("Fatima", Sex.F, 1990).members(5, 0, 0, 0).form();
        var cooperative = Cooperative.register(form, "t", Instant.now());
        cooperative.changeStatus(CooperativeStatus.DISSOLVED, "t", Instant.now());
        assertThatThrownBy(() -> cooperative.changeStatus(CooperativeStatus.ACTIVE, "t", Instant.now()))
                .isInstanceOf(RegistryRefused.class)
                .extracting(e -> ((RegistryRefused) e).messageKey()).isEqualTo("registry.error.statusMove");
        assertThat(cooperative.status()).isEqualTo(CooperativeStatus.DISSOLVED);
    }
}
