package ma.tiwizi.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.training.internal.Enrolments.Seat;

/**
 * A training session with its participants' seats and attendance. A participant holds a seat while the session has
 * room and otherwise waits; a freed seat goes to the one who has waited longest. Attendance is marked from the start,
 * by the trainer until {@link #CORRECTION_WINDOW} after the end (ADMIN later), or by the participant's own check-in.
 * Loaded and saved whole, under a lock on its row, by {@link SessionRepository}.
 */
final class Session {

    static final Duration CORRECTION_WINDOW = Duration.ofHours(48);

    private final long id;
    private final LocalDate heldOn;
    private final LocalTime startsAt;
    private final LocalTime endsAt;
    private final int capacity;
    private final List<Participant> participants;
    private final Set<Participant> changed = new LinkedHashSet<>();

    /** A participant as the session keeps them; {@code id} is null until saved. */
    static final class Participant {
        private final Long id;
        private final long invitationId;
        private final String fullName;
        private final String sex;
        private final String ageBand;
        private final String phone;
        private final Instant enrolledAt;
        private Seat seat;
        private Boolean attended;
        private Instant markedAt;
        private String markedBy;

        Participant(Long id, long invitationId, String fullName, String sex, String ageBand, String phone,
                Instant enrolledAt, Seat seat, Boolean attended) {
            this.id = id;
            this.invitationId = invitationId;
            this.fullName = fullName;
            this.sex = sex;
            this.ageBand = ageBand;
            this.phone = phone;
            this.enrolledAt = enrolledAt;
            this.seat = seat;
            this.attended = attended;
        }

        Long id() { return id; }
        long invitationId() { return invitationId; }
        String fullName() { return fullName; }
        String sex() { return sex; }
        String ageBand() { return ageBand; }
        String phone() { return phone; }
        Instant enrolledAt() { return enrolledAt; }
        Seat seat() { return seat; }
        Boolean attended() { return attended; }
        Instant markedAt() { return markedAt; }
        String markedBy() { return markedBy; }
    }

    Session(long id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, int capacity,
            List<Participant> participants) {
        this.id = id;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.participants = new ArrayList<>(participants);
    }

    /**
     * Names a participant for an invited cooperative: seated while there is room, otherwise waiting. Refused once the
     * session's day has passed, or when the cooperative already named someone with this phone.
     */
    Seat enrol(long invitationId, String fullName, String sex, String ageBand, String phone, LocalDate today,
            Instant now) {
        if (heldOn.isBefore(today)) {
            throw new TrainingRefused("training.error.sessionPast", null);
        }
        boolean named = participants.stream().anyMatch(p -> p.invitationId == invitationId && p.seat != Seat.WITHDRAWN
                && p.phone.equals(phone));
        if (named) {
            throw new TrainingRefused("training.error.alreadyNamed", "phone", fullName);
        }
        long seated = participants.stream().filter(p -> p.seat == Seat.SEATED).count();
        var participant = new Participant(null, invitationId, fullName, sex, ageBand, phone, now,
                seated < capacity ? Seat.SEATED : Seat.WAITING, null);
        participants.add(participant);
        changed.add(participant);
        return participant.seat;
    }

    /** Withdraws a participant; a seat freed goes to the one who has waited longest. */
    void withdraw(long participantId) {
        var participant = participant(participantId);
        boolean freesASeat = participant.seat == Seat.SEATED;
        move(participant, Seat.WITHDRAWN);
        if (freesASeat) {
            participants.stream().filter(p -> p.seat == Seat.WAITING).findFirst()
                    .ifPresent(next -> move(next, Seat.SEATED));
        }
    }

    /**
     * Marks a seated participant present or absent and returns what was marked before. Refused before the start, and
     * after the correction window unless {@code late} (ADMIN) may correct.
     */
    Boolean mark(long participantId, boolean present, Instant now, String by, boolean late) {
        if (now.isBefore(start())) {
            throw new TrainingRefused("training.error.notStarted", null);
        }
        if (!late && !correctable(now)) {
            throw new TrainingRefused("training.error.correctionClosed", null);
        }
        var participant = participant(participantId);
        if (participant.seat != Seat.SEATED) {
            throw new NotFoundException("participant", participantId);
        }
        Boolean before = participant.attended;
        attend(participant, present, now, by);
        return before;
    }

    /** The seated participant enrolled with this phone checks in: present. Returns them. */
    Participant checkIn(String phone, Instant now) {
        if (now.isBefore(start())) {
            throw new TrainingRefused("training.error.notStarted", null);
        }
        var participant = participants.stream().filter(p -> p.seat == Seat.SEATED && p.phone.equals(phone))
                .findFirst().orElseThrow(() -> new TrainingRefused("training.error.notOnList", "phone"));
        attend(participant, true, now, "check-in");
        return participant;
    }

    /** Whether the trainer may still mark attendance (until the correction window after the end closes). */
    boolean correctable(Instant now) {
        return !now.isAfter(end().plus(CORRECTION_WINDOW));
    }

    Instant start() {
        return heldOn.atTime(startsAt).atZone(Morocco.ZONE).toInstant();
    }

    Instant end() {
        return heldOn.atTime(endsAt).atZone(Morocco.ZONE).toInstant();
    }

    long id() {
        return id;
    }

    List<Participant> participants() {
        return List.copyOf(participants);
    }

    /** The participants named or changed since the session was loaded, for its repository to write. */
    Set<Participant> changed() {
        return Set.copyOf(changed);
    }

    private void attend(Participant participant, boolean present, Instant now, String by) {
        participant.attended = present;
        participant.markedAt = now;
        participant.markedBy = by;
        changed.add(participant);
    }

    private void move(Participant participant, Seat seat) {
        participant.seat = seat;
        changed.add(participant);
    }

    private Participant participant(long participantId) {
        return participants.stream().filter(p -> p.id != null && p.id == participantId).findFirst()
                .orElseThrow(() -> new NotFoundException("participant", participantId));
    }
}
