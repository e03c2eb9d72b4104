package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.Capital;
import ma.tiwizi.administration.rules.Withdrawal;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.RegistryRules;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The member register of law 112-12 (art. 17), kept by the cooperative itself: one line per member in order of
 * joining, with the shares subscribed and paid. Staff read it; only the cooperative writes it. Once a cooperative
 * keeps its register, the registry's member counts (women, men, under 35) are the register's.
 */
@Service
@RequiredArgsConstructor
public class MemberRegister {

    private static final Queries SQL = Queries.of("administration");

    private final MemberRepository members;
    private final CandidateRepository candidates;
    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;

    /** A line of the register as it is read. */
    public record Line(long id, int number, String fullName, String cin, String sex, Integer birthYear,
            String address, String occupation, LocalDate joinedOn, int shares, BigDecimal shareValue,
            BigDecimal paid, String status, LocalDate leftOn, BigDecimal called, LocalDate calledDueOn) {

        /** Behind on its calls: the due day passed with less paid than called; the member does not vote (art. 29). */
        public boolean behindOnCalls(LocalDate today) {
            return calledDueOn != null && today.isAfter(calledDueOn) && paid.compareTo(called) < 0;
        }

        public BigDecimal subscribed() {
            return shareValue.multiply(BigDecimal.valueOf(shares));
        }

        /** What is still to be paid on the shares subscribed. */
        public BigDecimal unpaid() {
            return subscribed().subtract(paid);
        }
    }

    /** The register's figures: current members, and the capital they subscribed and paid. */
    public record Totals(int members, int women, int men, int womenUnder35, int menUnder35, BigDecimal subscribed,
            BigDecimal paid) {
    }

    public record Register(PageOf<Line> lines, Totals totals) {
    }

    /** A movement of a line as its page shows it. */
    public record MovementView(String kind, LocalDate occurredOn, Integer shares, BigDecimal amount, String decision,
            String recordedBy) {
    }

    /**
     * A line with its movements, and the withdrawal under way if any: asked on, leaving on, and the last day it may
     * still be refused.
     */
    public record MemberView(Line line, long cooperativeId, LocalDate withdrawalRequestedOn, LocalDate leavesOn,
            LocalDate refusableUntil, List<MovementView> movements, boolean transferToRatify) {

        public boolean member() {
            return "MEMBER".equals(line.status());
        }

        public boolean withdrawing() {
            return leavesOn != null;
        }
    }

    /**
     * Writes the next line of the signed-in cooperative's register. The subscription follows art. 26 (a share of at
     * least 100 MAD, a quarter paid at once); the same person cannot hold two lines. A second submit of the same line
     * (a double tap, a retry) changes nothing and answers the line already written.
     */
    @Transactional
    @CooperativeOnly
    public long admit(MemberForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        LocalDate today = today();
        checkSubscription(form, today);
        var same = sameLine(cooperative, form);
        if (same != null) {
            return same;
        }
        String cin = form.cleanCin();
        if (cin != null && jdbc.sql(SQL.get("MemberRegister.cinTaken"))
                .param("c", cooperative).param("cin", cin).query(Long.class).single() > 0) {
            throw new AdministrationRefused("administration.error.cinTaken", "cin", cin);
        }
        int number = jdbc.sql(SQL.get("MemberRegister.nextNumber"))
                .param("c", cooperative).query(Integer.class).single();
        var member = members.save(Member.admit(cooperative, number, form, clock.instant(), CurrentUser.username()));
        recount(cooperative, today);
        events.publishEvent(Audited.by("admit", "member", member.id(), number + " " + form.fullName().strip()));
        return member.id();
    }

    /**
     * Records a written request to join (art. 15), with the shares the applicant subscribes, for the next ordinary
     * assembly to decide; the subscription follows the law's floors (art. 26). A second submit records it once.
     */
    @Transactional
    @CooperativeOnly
    public long requestAdmission(MemberForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        checkSubscription(form, today());
        var waiting = candidates.findByCooperativeIdAndStatusOrderByRequestedOnAscIdAsc(cooperative,
                Candidate.Status.WAITING);
        var same = waiting.stream().filter(c -> c.fullName().equals(form.fullName().strip())
                && c.requestedOn().equals(form.joinedOn()) && c.shares() == form.shares()).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        var candidate = candidates.save(Candidate.request(cooperative, form, clock.instant(), CurrentUser.username()));
        events.publishEvent(Audited.by("request", "cooperative", cooperative, form.fullName().strip()));
        return candidate.id();
    }

    /** A request waiting for the next ordinary assembly. */
    public record CandidateView(long id, String fullName, String cin, String sex, LocalDate requestedOn, int shares,
            BigDecimal shareValue, BigDecimal paid) {
    }

    /** The requests to join waiting for the next ordinary assembly, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<CandidateView> candidates(long cooperativeId) {
        return candidates.findByCooperativeIdAndStatusOrderByRequestedOnAscIdAsc(cooperativeId,
                Candidate.Status.WAITING).stream().map(c -> new CandidateView(c.id(), c.fullName(), c.cin(), c.sex(),
                        c.requestedOn(), c.shares(), c.shareValue(), c.paid())).toList();
    }

    /**
     * Writes in the register the applicants an ordinary assembly admitted, joining on its day, in the order of their
     * requests; for the assembly pages. Returns how many were admitted.
     */
    @Transactional
    @PreAuthorize("@access.isCooperative(#cooperativeId)")
    public int admitCandidates(long cooperativeId, Collection<Long> chosen, LocalDate heldOn, String decision) {
        int admitted = 0;
        for (var candidate : candidates.findByCooperativeIdAndStatusOrderByRequestedOnAscIdAsc(cooperativeId,
                Candidate.Status.WAITING)) {
            if (!chosen.contains(candidate.id())) {
                continue;
            }
            int number = jdbc.sql(SQL.get("MemberRegister.nextNumber"))
                    .param("c", cooperativeId).query(Integer.class).single();
            var member = members.save(candidate.admit(number, heldOn, decision, clock.instant(),
                    CurrentUser.username()));
            candidate.admitted(member.id());
            candidates.save(candidate);
            events.publishEvent(Audited.by("admit", "member", member.id(), number + " " + candidate.fullName()));
            admitted++;
        }
        if (admitted > 0) {
            recount(cooperativeId, today());
        }
        return admitted;
    }

    /** The law's floors on a subscription (art. 26), and a day not after today. */
    private static void checkSubscription(MemberForm form, LocalDate today) {
        var breaches = Capital.LAW.checkSubscription(form.shareValue(), form.shares(), form.paid());
        if (!breaches.isEmpty()) {
            var breach = breaches.getFirst();
            throw AdministrationRefused.of(breach, switch (breach.code()) {
                case "shareTooSmall" -> "shareValue";
                case "noShares" -> "shares";
                default -> "paid";
            });
        }
        if (form.joinedOn().isAfter(today)) {
            throw new AdministrationRefused("administration.error.joinedLater", "joinedOn");
        }
    }

    /**
     * Records a payment on a member's shares (art. 26: the rest of a subscription is called within 3 years), with its
     * day and receipt; the line's paid amount and the movements keep it.
     */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void pay(long memberId, BigDecimal amount, LocalDate paidOn, String receipt) {
        var member = members.findById(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        if (paidOn.isAfter(LocalDate.now(clock.withZone(Morocco.ZONE)))) {
            throw new AdministrationRefused("administration.error.paidLater", "paidOn");
        }
        if (receipt == null || receipt.isBlank() || receipt.strip().length() > 300) {
            throw new AdministrationRefused("administration.error.receipt", "receipt");
        }
        member.pay(amount, paidOn, receipt.strip(), clock.instant(), CurrentUser.username());
        members.save(member);
        events.publishEvent(Audited.by("pay", "member", memberId, amount.toPlainString() + " " + paidOn));
    }

    /**
     * Calls a share of what each current member still owes on the shares (art. 26), due on {@code dueOn}: {@code
     * percent} of each one's uncalled rest, rounded down to the centime (100 calls it all). Refused as a whole when
     * the day falls later than three years after a member joined. Returns how many members were called.
     */
    @Transactional
    @CooperativeOnly
    public int callShares(BigDecimal percent, LocalDate dueOn) {
        long cooperative = CurrentUser.require().cooperativeId();
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new AdministrationRefused("administration.error.callPercent", "percent");
        }
        if (dueOn == null || dueOn.isBefore(today())) {
            throw new AdministrationRefused("administration.error.callDueOn", "dueOn");
        }
        var ids = jdbc.sql(SQL.get("MemberRegister.callShares"))
                .param("c", cooperative).query(Long.class).list();
        int count = 0;
        for (var member : members.findAllById(ids)) {
            BigDecimal amount = member.uncalled().multiply(percent)
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            if (amount.signum() > 0) {
                member.call(amount, dueOn, clock.instant(), CurrentUser.username());
                members.save(member);
                count++;
            }
        }
        events.publishEvent(Audited.by("call", "cooperative", cooperative, percent.toPlainString() + " % " + dueOn));
        return count;
    }

    /** The current members who are behind on their calls today and do not vote (art. 29). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Set<Long> notVoting(long cooperativeId) {
        LocalDate today = today();
        return currentLines(cooperativeId).stream().filter(line -> line.behindOnCalls(today)).map(Line::id)
                .collect(Collectors.toSet());
    }

    /**
     * Records a member's request to withdraw (art. 18), received on {@code requestedOn}: the member leaves at the end
     * of this financial year, or of the next one when {@code nextYear} (a request later than two months before the
     * year-end can only be that).
     */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void requestWithdrawal(long memberId, LocalDate requestedOn, boolean nextYear) {
        var member = load(memberId);
        if (requestedOn == null || requestedOn.isAfter(today())) {
            throw new AdministrationRefused("administration.error.requestedOn", "requestedOn");
        }
        member.requestWithdrawal(requestedOn, nextYear, clock.instant(), CurrentUser.username());
        members.save(member);
        events.publishEvent(Audited.by("leave-request", "member", memberId, member.number() + " " + member.leavesOn()));
    }

    /** The answer to a withdrawal: accepted, or refused with its reason within 20 days of the request (art. 19). */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void answerWithdrawal(long memberId, boolean accepted, String reason) {
        var member = load(memberId);
        member.answerWithdrawal(accepted, reason, today(), clock.instant(), CurrentUser.username());
        members.save(member);
        events.publishEvent(Audited.by(accepted ? "leave-accept" : "leave-refuse", "member", memberId,
                member.number() + (accepted ? "" : ": " + reason.strip())));
    }

    /**
     * Excludes a member under an assembly's resolution (art. 20), for the assembly pages: the member leaves the
     * register on the day of the assembly and the line keeps the decision.
     */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void exclude(long memberId, LocalDate on, String decision) {
        var member = load(memberId);
        member.exclude(on, decision, clock.instant(), CurrentUser.username());
        members.save(member);
        recount(member.cooperativeId(), today());
        events.publishEvent(Audited.by("exclude", "member", memberId, member.number() + " " + decision));
    }

    /** One line of the register with every movement: for its cooperative and for staff. */
    @Transactional(readOnly = true)
    @PostAuthorize("@access.readsCooperative(returnObject.cooperativeId())")
    public MemberView member(long memberId) {
        var member = load(memberId);
        var line = jdbc.sql(SQL.get("MemberRegister.line")).param("id", memberId)
                .query(Line.class).single();
        return new MemberView(line, member.cooperativeId(), member.withdrawalRequestedOn(), member.leavesOn(),
                member.withdrawalRequestedOn() == null ? null
                        : Withdrawal.acceptedBySilenceAfter(member.withdrawalRequestedOn()),
                member.movements().stream().map(m -> new MovementView(m.kind(), m.occurredOn(), m.shares(),
                        m.amount(), m.decision(), m.recordedBy())).toList(), member.transferToRatify());
    }

    /**
     * Members whose withdrawal took effect at a year-end now past leave the register, and their cooperatives' counts
     * follow: each night, and at start for a night the application was down.
     */
    @SchedulerLock(name = "MemberRegister.departures")
    @Scheduled(cron = "0 10 0 * * *", zone = Morocco.ZONE_ID)
    @EventListener(ApplicationReadyEvent.class)
    public void departures() {
        transactions.executeWithoutResult(status -> {
            LocalDate today = today();
            var due = jdbc.sql(SQL.get("MemberRegister.departures"))
                    .param("today", today).query(Long.class).list();
            var cooperatives = new TreeSet<Long>();
            for (var member : members.findAllById(due)) {
                if (member.leaveIfDue(today, clock.instant())) {
                    members.save(member);
                    cooperatives.add(member.cooperativeId());
                }
            }
            cooperatives.forEach(cooperative -> recount(cooperative, today));
        });
    }

    /**
     * Transfers fully paid shares from one current member to another, as the board authorised them; both lines say
     * the transfer waits for the next assembly's ratification.
     */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#fromId)")
    public void transfer(long fromId, long toId, int shares, LocalDate authorisedOn) {
        var from = load(fromId);
        var to = members.findById(toId).filter(m -> m.cooperativeId().equals(from.cooperativeId()) && toId != fromId)
                .orElseThrow(() -> new AdministrationRefused("administration.error.exclusionMember", "toMemberId"));
        if (authorisedOn == null || authorisedOn.isAfter(today())) {
            throw new AdministrationRefused("administration.error.authorisedOn", "authorisedOn");
        }
        from.giveShares(to, shares, authorisedOn, clock.instant(), CurrentUser.username());
        members.saveAll(List.of(from, to));
        events.publishEvent(Audited.by("transfer", "member", fromId, shares + " → " + to.number()));
    }

    /** How many lines wait for an assembly to ratify a transfer of shares. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public int transfersToRatify(long cooperativeId) {
        return jdbc.sql(SQL.get("MemberRegister.transfersToRatify"))
                .param("c", cooperativeId).query(Integer.class).single();
    }

    /**
     * Ratifies every transfer waiting in the cooperative's register under an assembly's resolution, for the assembly
     * pages: each line keeps the decision.
     */
    @Transactional
    @PreAuthorize("@access.isCooperative(#cooperativeId)")
    public int ratifyTransfers(long cooperativeId, LocalDate on, String decision) {
        var ids = jdbc.sql(SQL.get("MemberRegister.ratifyTransfers"))
                .param("c", cooperativeId).query(Long.class).list();
        var waiting = members.findAllById(ids);
        waiting.forEach(m -> m.ratifyTransfers(on, decision, clock.instant(), CurrentUser.username()));
        members.saveAll(waiting);
        return waiting.size();
    }

    /** How many were members at the end of a day (joined by then, not left by then): a year-end's count (art. 47). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public int membersOn(long cooperativeId, LocalDate day) {
        return jdbc.sql(SQL.get("MemberRegister.membersOn"))
                .param("c", cooperativeId).param("day", day).query(Integer.class).single();
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    /** The registry's member counts are the register's once the cooperative keeps one. */
    private void recount(long cooperativeId, LocalDate today) {
        var totals = totals(cooperativeId, today);
        registry.countMembersFromRegister(cooperativeId, totals.women(), totals.men(), totals.womenUnder35(),
                totals.menUnder35());
    }

    /** A cooperative's register, a page at a time, with its totals: for the cooperative and for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Register of(long cooperativeId, int page) {
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("MemberRegister.of"))
                .param("c", cooperativeId).query(Long.class).single();
        List<Line> lines = jdbc.sql(SQL.get("MemberRegister.lines"))
                .param("c", cooperativeId).param("size", size).param("off", PageOf.offset(page, size))
                .query(Line.class).list();
        return new Register(new PageOf<>(lines, page, size, total),
                totals(cooperativeId, LocalDate.now(clock.withZone(Morocco.ZONE))));
    }

    /** Everyone on the register today, in register order: the attendance sheet of an assembly. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<Line> current(long cooperativeId) {
        return currentLines(cooperativeId);
    }

    private List<Line> currentLines(long cooperativeId) {
        return jdbc.sql(SQL.get("MemberRegister.currentLines"))
                .param("c", cooperativeId).query(Line.class).list();
    }

    private Totals totals(long cooperativeId, LocalDate today) {
        return jdbc.sql(SQL.get("MemberRegister.totals"))
                .param("c", cooperativeId).param("youngest", RegistryRules.youngestNotYouthBirthYear(today))
                .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7))).single();
    }

    /** The line a moment ago by the same hand with the same name, day and shares: a repeated submit. */
    private Long sameLine(long cooperativeId, MemberForm form) {
        return jdbc.sql(SQL.get("MemberRegister.sameLine"))
                .param("c", cooperativeId).param("name", form.fullName().strip()).param("on", form.joinedOn())
                .param("shares", form.shares()).param("by", CurrentUser.username())
                .param("since", Timestamp.from(clock.instant().minusSeconds(120))).query(Long.class).optional()
                .orElse(null);
    }
}
