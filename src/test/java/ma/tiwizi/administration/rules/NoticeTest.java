package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final LocalDate ASSEMBLY = LocalDate.of(2027, 6, 30);

    @Test
    void fifteenFullDaysBeforeTheFirstCallCountNeitherTheDayOfSendingNorTheDayOfTheAssembly() {
        assertThat(Notice.lastDayToSend(ASSEMBLY, 1)).isEqualTo(LocalDate.of(2027, 6, 14));
        assertThat(Notice.lastDayToSend(ASSEMBLY, 2)).isEqualTo(LocalDate.of(2027, 6, 19));
        assertThat(Notice.lastDayToSend(ASSEMBLY, 3)).isEqualTo(LocalDate.of(2027, 6, 19));
    }

    @Test
    void theDayANoticeIsSentIsTheDayInMoroccoNotInUtc() {
        // 14 June 23:30 UTC is already 15 June in Casablanca (UTC+1): one day too late for 30 June
        assertThat(Notice.inTime(Instant.parse("2027-06-14T22:59:00Z"), ASSEMBLY, 1)).isTrue();
        assertThat(Notice.inTime(Instant.parse("2027-06-14T23:30:00Z"), ASSEMBLY, 1)).isFalse();
    }

    @Test
    void theMemberListIsDepositedWithinFifteenDaysOfTheNotice() {
        assertThat(Notice.memberListDepositBy(LocalDate.of(2027, 6, 14))).isEqualTo(LocalDate.of(2027, 6, 29));
    }
}
