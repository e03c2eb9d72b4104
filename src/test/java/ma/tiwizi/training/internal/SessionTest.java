package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.training.internal.Enrolments.Seat;
import org.junit.jupiter.api.Test;

/** A session decides seats, the waiting list and attendance itself. */
class SessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    /** 09:00 in Morocco (UTC+1) on the day. */
    private static final Instant START = Instant.parse("2026-12-10T08:00:00Z");

    private static Session.Participant seated(long id, String phone) {
        return new Session.Participant(id, 1, "مشاركة " + id, "F", "UNDER_35", phone, START.minusSeconds(86400 * 3),
                Seat.SEATED, null);
    }

    private static Session.Participant waiting(long id, String phone) {
        return new Session.Participant(id, 2, "منتظرة " + id, "F", "UNDER_35", phone, START.minusSeconds(86400),
                Seat.WAITING, null);
    }

    private static Session twoSeats(Session.Participant... participants) {
        return new Session(5, DAY, LocalTime.of(9, 0), LocalTime.of(13, 0), 2, List.of(participants));
    }

    @Test
    void participantsAreSeatedWhileThereIsRoomThenWaitAndTheLongestWaitingMovesUp() {
        var session = twoSeats(seated(1, "+212600000001"));
        var today = DAY.minusDays(2);

        assertThat(session.enrol(3, "سعاد", "F", "UNDER_35", "+212600000002", today, START)).isEqualTo(Seat.SEATED);
        assertThat(session.enrol(3, "أمينة", "F", "UNDER_35", "+212600000003", today, START)).isEqualTo(Seat.WAITING);
        assertThat(session.changed()).hasSize(2);

        var withList = twoSeats(seated(1, "+212600000001"), seated(2, "+212600000002"),
                waiting(3, "+212600000003"), waiting(4, "+212600000004"));
        withList.withdraw(4);
        assertThat(withList.participants()).extracting(Session.Participant::seat)
                .containsExactly(Seat.SEATED, Seat.SEATED, Seat.WAITING, Seat.WITHDRAWN);
        withList.withdraw(1);
        assertThat(withList.participants()).extracting(Session.Participant::seat)
                .containsExactly(Seat.WITHDRAWN, Seat.SEATED, Seat.SEATED, Seat.WITHDRAWN);
    }

    @Test
    void aCooperativeNamesAPhoneOnceAndNobodyEnrolsAfterTheDay() {
        var session = twoSeats(seated(1, "+212600000001"));

        assertThatThrownBy(() -> session.enrol(1, "نفس", "F", "UNDER_35", "+212600000001", DAY, START))
                .isInstanceOf(TrainingRefused.class).hasMessageContaining("training.error.alreadyNamed");
        assertThat(session.enrol(9, "أخرى", "F", "UNDER_35", "+212600000001", DAY, START)).isEqualTo(Seat.SEATED);
        assertThatThrownBy(() -> session.enrol(9, "متأخرة", "F", "UNDER_35", "+212600000009", DAY.plusDays(1), START))
                .isInstanceOf(TrainingRefused.class).hasMessageContaining("training.error.sessionPast");
    }

    @Test
    void attendanceIsMarkedFromTheStartUntilTheCorrectionWindowClosesUnlessLateCorrectionIsAllowed() {
        var session = twoSeats(seated(1, "+212600000001"), waiting(2, "+212600000002"));
        var closed = START.plus(Session.CORRECTION_WINDOW).plusSeconds(4 * 3600 + 1);

        assertThatThrownBy(() -> session.mark(1, true, START.minusSeconds(1), "trainer", false))
                .isInstanceOf(TrainingRefused.class).hasMessageContaining("training.error.notStarted");
        assertThat(session.mark(1, true, START, "trainer", false)).isNull();
        assertThat(session.mark(1, false, START.plusSeconds(60), "trainer", false)).isTrue();
        assertThatThrownBy(() -> session.mark(1, true, closed, "trainer", false))
                .isInstanceOf(TrainingRefused.class).hasMessageContaining("training.error.correctionClosed");
        assertThat(session.mark(1, true, closed, "admin", true)).isFalse();
        assertThatThrownBy(() -> session.mark(2, true, START, "trainer", false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyASeatedParticipantChecksInWithThePhoneTheyWereEnrolledWith() {
        var session = twoSeats(seated(1, "+212600000001"), waiting(2, "+212600000002"));

        assertThat(session.checkIn("+212600000001", START).attended()).isTrue();
        assertThat(session.participants().getFirst().markedBy()).isEqualTo("check-in");
        assertThatThrownBy(() -> session.checkIn("+212600000002", START))
                .isInstanceOf(TrainingRefused.class).hasMessageContaining("training.error.notOnList");
    }
}
