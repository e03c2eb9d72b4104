package ma.tiwizi.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    /** The positions in {@link #participants} of those named or changed since the session was loaded. */
    private final Set<Integer> changed = new TreeSet<>();

    /** A participant as the session keeps them; {@code id} is null until saved. */
    record Participant(Long id, long invitationId, String fullName, String sex, String ageBand, String phone,
            Instant enrolledAt, Seat seat, Boolean attended, Instant markedAt, String markedBy) {

        Participant(Long id, long invitationId, String fullName, String sex, String ageBand, String phone,
                Instant enrolledAt, Seat seat, Boolean attended) {
            this(id, invitationId, fullName, sex, ageBand, phone, enrolledAt, seat, attended, null, null);
        }

        Participant seated(Seat newSeat) {
            return new Participant(id, invitationId, fullName, sex, ageBand, phone, enrolledAt, newSeat, attended,
                    markedAt, markedBy);
        }

        Participant marked(boolean present, Instant at, String by) {
            return new Participant(id, invitationId, fullName, sex, ageBand, phone, enrolledAt, seat, present, at, by);
        }
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
        boolean named = participants.stream().anyMatch(p -> p.invitationId() == invitationId
                && p.seat() != Seat.WITHDRAWN && p.phone().equals(phone));
        if (named) {
            throw new TrainingRefused("training.error.alreadyNamed", "phone", fullName);
        }
        long seated = participants.stream().filter(p -> p.seat() == Seat.SEATED).count();
        var seat = seated < capacity ? Seat.SEATED : Seat.WAITING;
        participants.add(new Participant(null, invitationId, fullName, sex, ageBand, phone, now, seat, null));
        changed.add(participants.size() - 1);
        return seat;
    }

    /** Withdraws a participant; a seat freed goes to the one who has waited longest. */
    void withdraw(long participantId) {
        int position = position(participantId);
        boolean freesASeat = participants.get(position).seat() == Seat.SEATED;
        change(position, participants.get(position).seated(Seat.WITHDRAWN));
        if (freesASeat) {
            for (int next = 0; next < participants.size(); next++) {
                if (participants.get(next).seat() == Seat.WAITING) {
                    change(next, participants.get(next).seated(Seat.SEATED));
                    break;
                }
            }
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
        int position = position(participantId);
        var participant = participants.get(position);
        if (participant.seat() != Seat.SEATED) {
            throw new NotFoundException("participant", participantId);
        }
        change(position, participant.marked(present, now, by));
        return participant.attended();
    }

    /** The seated participant enrolled with this phone checks in: present. Returns them. */
    Participant checkIn(String phone, Instant now) {
        if (now.isBefore(start())) {
            throw new TrainingRefused("training.error.notStarted", null);
        }
        for (int position = 0; position < participants.size(); position++) {
            var participant = participants.get(position);
            if (participant.seat() == Seat.SEATED && participant.phone().equals(phone)) {
                change(position, participant.marked(true, now, "check-in"));
                return participants.get(position);
            }
        }
        throw new TrainingRefused("training.error.notOnList", "phone");
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
    List<Participant> changed() {
        return changed.stream().map(participants::get).toList();
    }

    private void change(int position, Participant participant) {
        participants.set(position, participant);
        changed.add(position);
    }

    private int position(long participantId) {
        for (int position = 0; position < participants.size(); position++) {
            var id = participants.get(position).id();
            if (id != null && id == participantId) {
                return position;
            }
        }
        throw new NotFoundException("participant", participantId);
    }
}
