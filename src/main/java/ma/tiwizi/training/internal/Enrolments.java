package ma.tiwizi.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.registry.CooperativeRef;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.CooperativeStatus;
import ma.tiwizi.training.CooperativeInvited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a session and enrolment. ADMIN invites every active cooperative a filter matches; an invited
 * cooperative names its participants. A participant takes a seat while the session has room and otherwise waits;
 * when a seated participant withdraws, the one who has waited longest takes the seat. The session row is locked while
 * seats are counted, so two cooperatives enrolling at once never overfill it.
 */
@Service
@RequiredArgsConstructor
public class Enrolments {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final Programmes programmes;
    private final SessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public enum Seat {
        SEATED, WAITING, WITHDRAWN
    }

    public record SessionInfo(long id, long programmeId, long moduleId, LocalDate heldOn, LocalTime startsAt,
            LocalTime endsAt, String place, int capacity) {

        /** When the session starts, Morocco time. */
        public Instant start() {
            return heldOn.atTime(startsAt).atZone(Morocco.ZONE).toInstant();
        }

        public Instant end() {
            return heldOn.atTime(endsAt).atZone(Morocco.ZONE).toInstant();
        }
    }

    public record Participant(long id, long invitationId, String fullName, String sex, String ageBand, String phone,
            Seat seat, Boolean attended) {
        public String phoneNational() {
            return MoroccanPhone.national(phone);
        }
    }

    public record Invitation(long id, SessionInfo session, long cooperativeId, List<Participant> participants,
            Integer satisfaction) {

        public boolean started(Clock clock) {
            return !clock.instant().isBefore(session.start());
        }
    }

    public record Enrolled(Participant participant, CooperativeRef cooperative) {
    }

    /** Invites every active cooperative the filter matches that is not invited yet; returns how many were. */
    @Transactional
    @AdminOnly
    public int invite(long sessionId, InviteForm form) {
        var session = session(sessionId);
        var search = new CooperativeSearch(null, form.cercle(), form.commune(), null, CooperativeStatus.ACTIVE,
                form.womenLed(), form.youthLed(), form.newlyCreated(), null, null, null);
        var matching = new ArrayList<>(registry.matchingIds(search));
        if (form.weakIn() != null) {
            matching.retainAll(weakIn(form.weakIn()));
        }
        var already = new HashSet<>(jdbc.sql(SQL.get("Enrolments.invited"))
                .param("s", sessionId).query(Long.class).list());
        var module = programmes.moduleById(session.moduleId());
        int invited = 0;
        for (long cooperative : matching) {
            if (already.add(cooperative)) {
                jdbc.sql(SQL.get("Enrolments.invite")).param("s", sessionId).param("c", cooperative)
                        .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
                events.publishEvent(new CooperativeInvited(cooperative, sessionId, module.titleAr(),
                        module.titleFr(), session.heldOn(), session.startsAt(), session.place()));
                invited++;
            }
        }
        events.publishEvent(Audited.by("invite", "session", sessionId, invited + " cooperatives"));
        return invited;
    }

    /** The cooperatives whose latest diagnostic is weak in the dimension. */
    private List<Long> weakIn(Dimension dimension) {
        return jdbc.sql(SQL.get("Enrolments.weakIn")).param("dimension", dimension.name())
                .param("weak", Dimension.WEAK_BELOW).query(Long.class).list();
    }

    /** The signed-in cooperative's invitations, the latest sessions first. */
    @CooperativeOnly
    @Transactional(readOnly = true)
    public PageOf<Invitation> mine(int page) {
        var user = CurrentUser.require();
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("Enrolments.countMine"))
                .param("c", user.cooperativeId()).query(Long.class).single();
        var ids = jdbc.sql(SQL.get("Enrolments.mine"))
                .param("c", user.cooperativeId()).param("size", size).param("off", PageOf.offset(page, size))
                .query(Long.class).list();
        return new PageOf<>(loadAll(ids), page, size, total);
    }

    /** One invitation with its participants: for ADMIN and the invited cooperative only. */
    @PreAuthorize("@trainingAccess.readsInvitation(#id)")
    @Transactional(readOnly = true)
    public Invitation invitation(long id) {
        return load(id);
    }

    /** Names a participant; seated while there is room, otherwise on the waiting list. */
    @Transactional
    @PreAuthorize("@trainingAccess.readsInvitation(#invitationId)")
    public Seat enrol(long invitationId, ParticipantForm form) {
        var invitation = load(invitationId);
        var session = sessions.lock(invitation.session().id());
        String name = form.fullName().strip();
        var seat = session.enrol(invitationId, name, form.sex().name(), form.ageBand().name(),
                MoroccanPhone.normalize(form.phone()).orElseThrow(), LocalDate.now(clock.withZone(Morocco.ZONE)),
                clock.instant());
        sessions.save(session);
        events.publishEvent(Audited.by("enrol", "session", session.id(), name + " " + seat));
        return seat;
    }

    /** Withdraws a participant; a freed seat goes to the one who has waited longest. */
    @Transactional
    @PreAuthorize("@trainingAccess.readsParticipant(#participantId)")
    public void withdraw(long participantId) {
        long sessionId = sessions.sessionOf(participantId)
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        var session = sessions.lock(sessionId);
        session.withdraw(participantId);
        sessions.save(session);
        events.publishEvent(Audited.by("withdraw", "session", sessionId, "participant " + participantId));
    }

    /** The cooperative rates the session from 1 to 5, once it has started; rating again replaces the rating. */
    @Transactional
    @PreAuthorize("@trainingAccess.readsInvitation(#invitationId)")
    public void rate(long invitationId, Integer rating) {
        var invitation = load(invitationId);
        if (rating == null || rating < 1 || rating > 5) {
            throw new TrainingRefused("training.error.rating", "satisfaction");
        }
        if (!invitation.started(clock)) {
            throw new TrainingRefused("training.error.ratingTooEarly", null);
        }
        jdbc.sql(SQL.get("Enrolments.rate"))
                .param("r", rating).param("now", Timestamp.from(clock.instant())).param("id", invitationId).update();
    }

    public boolean started(Invitation invitation) {
        return invitation.started(clock);
    }

    /** Everyone named for the session, seated first then waiting in order: for ADMIN. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<Enrolled> participants(long sessionId) {
        var participants = jdbc.sql(SQL.get("Enrolments.participants")).param("s", sessionId)
                .query((rs, n) -> Map.entry(rs.getLong(9), participant(rs))).list();
        var refs = registry.refs(participants.stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
        return participants.stream().map(e -> new Enrolled(e.getValue(), refs.get(e.getKey()))).toList();
    }

    @Transactional(readOnly = true)
    public long invitedCount(long sessionId) {
        return jdbc.sql(SQL.get("Enrolments.invitedCount")).param("s", sessionId)
                .query(Long.class).single();
    }

    public SessionInfo session(long id) {
        return jdbc.sql(SQL.get("Enrolments.session")).param("id", id).query((rs, n) -> new SessionInfo(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class), rs.getString(7),
                        rs.getInt(8)))
                .optional().orElseThrow(() -> new NotFoundException("session", id));
    }

    private Invitation load(long id) {
        return loadAll(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("invitation", id));
    }

    /** Invitations with their sessions and participants in two queries, in the order of the ids. */
    private List<Invitation> loadAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var participants = jdbc.sql(SQL.get("Enrolments.participantsOf")).param("ids", ids)
                .query((rs, n) -> participant(rs))
                .list().stream().collect(Collectors.groupingBy(Participant::invitationId));
        var invitations = jdbc.sql(SQL.get("Enrolments.invitations"))
                .param("ids", ids).query((rs, n) -> new Invitation(rs.getLong(1),
                        new SessionInfo(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class),
                                rs.getObject(8, LocalTime.class), rs.getObject(9, LocalTime.class),
                                rs.getString(10), rs.getInt(11)),
                        rs.getLong(2), participants.getOrDefault(rs.getLong(1), List.of()),
                        (Integer) rs.getObject(3)))
                .list().stream().collect(Collectors.toMap(Invitation::id, invitation -> invitation));
        return ids.stream().map(invitations::get).filter(Objects::nonNull).toList();
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        return new Participant(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Seat.valueOf(rs.getString(7)), (Boolean) rs.getObject(8));
    }
}
