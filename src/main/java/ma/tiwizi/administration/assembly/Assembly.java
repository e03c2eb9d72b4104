package ma.tiwizi.administration.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.Majority;
import ma.tiwizi.administration.rules.Notice;
import ma.tiwizi.administration.rules.Proxies;
import ma.tiwizi.administration.rules.Quorum;
import ma.tiwizi.platform.Morocco;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A general assembly (arts. 35–45) and everything decided in it: its agenda, who came, and each item's votes. It
 * refuses what the law refuses: a notice that cannot be in time, a proxy the law does not allow, a vote without
 * quorum, a new item once the members have been told the agenda.
 */
@Table("administration_assembly")
class Assembly {

    enum Presence {
        PRESENT, REPRESENTED, ABSENT
    }

    @Table("administration_agenda_item")
    record AgendaItem(String title, Majority majority, Integer inFavour, Integer against, Integer abstentions,
            Boolean chairInFavour, Boolean adopted) {

        boolean decided() {
            return adopted != null;
        }
    }

    @Table("administration_attendance")
    record Attendance(Long memberId, Presence presence, Long proxyHolderId) {
    }

    @Id
    private Long id;
    private Long cooperativeId;
    private AssemblyKind kind;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private String place;
    private int callNumber;
    private LocalDate noticeSentOn;
    private Integer membersAtCall;
    /** Whether the attendance reached the quorum of its call, kept for reads that cannot ask the law (dashboards). */
    private boolean quorumReached;
    private Instant createdAt;
    private String createdBy;
    private String signedMinutesHash;
    private String signedMinutesName;
    private String signedMinutesType;
    private Instant signedMinutesAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "assembly_id", keyColumn = "position")
    private List<AgendaItem> agenda = new ArrayList<>();
    @MappedCollection(idColumn = "assembly_id")
    private Set<Attendance> attendance = new HashSet<>();

    Assembly() {
    }

    /** Prepares an assembly whose notice can still be sent in time (art. 40). */
    static Assembly prepare(long cooperativeId, AssemblyForm form, LocalDate today, Instant now, String by) {
        int call = 1;
        if (Notice.lastDayToSend(form.heldOn(), call).isBefore(today)) {
            throw new AdministrationRefused("administration.rule.noticeTooLate", "heldOn",
                    Notice.fullDays(call), Morocco.DAY.format(today.plusDays(Notice.fullDays(call) + 1L)));
        }
        var assembly = new Assembly();
        assembly.cooperativeId = cooperativeId;
        assembly.kind = form.kind();
        assembly.heldOn = form.heldOn();
        assembly.startsAt = form.startsAt();
        assembly.place = form.place().strip();
        assembly.callNumber = call;
        assembly.createdAt = now;
        assembly.createdBy = by;
        for (String title : form.items()) {
            assembly.agenda.add(new AgendaItem(title, Majority.of(form.kind()), null, null, null, null, null));
        }
        return assembly;
    }

    /** The notice went out on this day: too late a day is refused, for the assembly would decide nothing (art. 40). */
    void noticeSent(LocalDate on) {
        if (on.isAfter(Notice.lastDayToSend(heldOn, callNumber))) {
            throw new AdministrationRefused("administration.rule.noticeLate", "sentOn",
                    Notice.fullDays(callNumber), Morocco.DAY.format(Notice.lastDayToSend(heldOn, callNumber)));
        }
        noticeSentOn = on;
    }

    /**
     * The attendance sheet: each member present, represented by another member's proxy, or absent (art. 39). The
     * members counted for the quorum are those on the register that day.
     */
    void recordAttendance(Map<Long, Presence> presence, Map<Long, Long> proxies, Set<Long> members) {
        requireOpenForVotes();
        Set<Long> present = new HashSet<>();
        List<Proxies.Proxy> given = new ArrayList<>();
        Set<Attendance> sheet = new HashSet<>();
        for (long member : members) {
            Presence p = presence.getOrDefault(member, Presence.ABSENT);
            Long holder = p == Presence.REPRESENTED ? proxies.get(member) : null;
            if (p == Presence.REPRESENTED && holder == null) {
                throw new AdministrationRefused("administration.error.proxyHolder", "proxy_" + member);
            }
            if (p == Presence.PRESENT) {
                present.add(member);
            }
            if (holder != null) {
                given.add(new Proxies.Proxy(member, holder));
            }
            sheet.add(new Attendance(member, p, holder));
        }
        var breaches = Proxies.check(given, members, present);
        if (!breaches.isEmpty()) {
            var breach = breaches.getFirst();
            throw new AdministrationRefused(breach.messageKey(), null, breach.arguments().toArray());
        }
        for (var proxy : given) {
            if (!present.contains(proxy.holder())) {
                throw new AdministrationRefused("administration.rule.proxyHolderAbsent", null);
            }
        }
        attendance = sheet;
        membersAtCall = members.size();
        quorumReached = quorumReached();
    }

    /**
     * Records the votes on an agenda item; refused without quorum (art. 43) or beyond the voters in the room: those
     * present or represented, less the members behind on their calls ({@code notVoting}, art. 29).
     */
    void vote(int position, Majority.Votes votes, Boolean chairInFavour, Set<Long> notVoting) {
        requireOpenForVotes();
        if (position < 0 || position >= agenda.size()) {
            throw new AdministrationRefused("administration.rule.notOnAgenda", null);
        }
        if (!quorumReached()) {
            throw new AdministrationRefused("administration.rule.noQuorum", null, presentOrRepresented(),
                    requiredForQuorum(), callNumber);
        }
        int voters = (int) attendance.stream()
                .filter(a -> a.presence() != Presence.ABSENT && !notVoting.contains(a.memberId())).count();
        if (votes.cast() + votes.abstentions() > voters) {
            throw new AdministrationRefused("administration.error.tooManyVotes", "inFavour", voters);
        }
        var item = agenda.get(position);
        boolean adopted = item.majority().passes(votes, chairInFavour);
        agenda.set(position, new AgendaItem(item.title(), item.majority(), votes.inFavour(), votes.against(),
                votes.abstentions(), chairInFavour, adopted));
    }

    /** Without quorum the assembly is called again on another day (art. 43), with its own notice (art. 40). */
    void callAgain(LocalDate newDay, LocalDate today) {
        if (quorumReached() || callNumber >= 3) {
            throw new AdministrationRefused("administration.error.noNewCall", null);
        }
        int next = callNumber + 1;
        if (Notice.lastDayToSend(newDay, next).isBefore(today)) {
            throw new AdministrationRefused("administration.rule.noticeTooLate", "heldOn", Notice.fullDays(next),
                    Morocco.DAY.format(today.plusDays(Notice.fullDays(next) + 1L)));
        }
        callNumber = next;
        heldOn = newDay;
        noticeSentOn = null;
        attendance = new HashSet<>();
        membersAtCall = null;
        quorumReached = false;
    }

    private void requireOpenForVotes() {
        if (noticeSentOn == null) {
            throw new AdministrationRefused("administration.error.noticeFirst", null);
        }
    }

    int presentOrRepresented() {
        return (int) attendance.stream().filter(a -> a.presence() != Presence.ABSENT).count();
    }

    int requiredForQuorum() {
        return membersAtCall == null ? 0 : Quorum.required(kind, callNumber, membersAtCall);
    }

    boolean quorumReached() {
        return membersAtCall != null && Quorum.reached(kind, callNumber, membersAtCall, presentOrRepresented());
    }

    Long id() {
        return id;
    }

    Long cooperativeId() {
        return cooperativeId;
    }

    AssemblyKind kind() {
        return kind;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    String place() {
        return place;
    }

    /**
     * Attaches the minutes signed on paper and scanned (art. 45), from the day of the assembly on; a new scan replaces
     * the one before (the store keeps both). {@code stored} keeps the file and gives its hash, only once accepted.
     */
    void attachSignedMinutes(Supplier<String> stored, String filename, String contentType, LocalDate today,
            Instant now) {
        if (today.isBefore(heldOn)) {
            throw new AdministrationRefused("administration.error.signedTooEarly", "file",
                    Morocco.DAY.format(heldOn));
        }
        signedMinutesHash = stored.get();
        signedMinutesName = filename.strip();
        signedMinutesType = contentType;
        signedMinutesAt = now;
    }

    String signedMinutesHash() {
        return signedMinutesHash;
    }

    String signedMinutesName() {
        return signedMinutesName;
    }

    String signedMinutesType() {
        return signedMinutesType;
    }

    int callNumber() {
        return callNumber;
    }

    LocalDate noticeSentOn() {
        return noticeSentOn;
    }

    Integer membersAtCall() {
        return membersAtCall;
    }

    List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    Set<Attendance> attendance() {
        return Set.copyOf(attendance);
    }
}
