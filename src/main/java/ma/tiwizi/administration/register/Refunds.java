package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.Capital;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.administration.rules.Refund;
import ma.tiwizi.administration.rules.Withdrawal;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cooperative gives back to a member who left (arts. 21, 30): the refund computed from what the cooperative
 * types of the last closing, recorded once on the member's line, then paid with receipts. Only the cooperative that
 * keeps the register computes and records it.
 */
@Service
@RequiredArgsConstructor
public class Refunds {

    private static final Queries SQL = Queries.of("administration");

    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A subscription as the capital's history reads it. */
    private record Subscription(LocalDate joinedOn, LocalDate leftOn, BigDecimal subscribed, String status) {
    }

    /** What the cooperative types of the last closing for a member who left: their share of losses, rebates, debts. */
    public record RefundTerms(BigDecimal shareOfLosses, BigDecimal rebatesDue, BigDecimal debts) {

        public static final RefundTerms NONE = new RefundTerms(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The refund the law gives a member who left (arts. 21, 30), computed as the terms say, without recording it. */
    @Transactional(readOnly = true)
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public Refund refund(long memberId, RefundTerms terms) {
        return compute(load(memberId), terms);
    }

    /** Records the refund owed to a member who left, once; the line keeps it. */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void settleRefund(long memberId, RefundTerms terms) {
        var member = load(memberId);
        var refund = compute(member, terms);
        member.settleRefund(refund, clock.instant(), CurrentUser.username());
        members.save(member);
        events.publishEvent(Audited.by("refund", "member", memberId, refund.amount().toPlainString()));
    }

    /** Records a payment of the refund with its day and receipt. */
    @Transactional
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public void payRefund(long memberId, BigDecimal amount, LocalDate paidOn, String receipt) {
        var member = load(memberId);
        if (paidOn == null || paidOn.isAfter(today())) {
            throw new AdministrationRefused("administration.error.paidLater", "paidOn");
        }
        if (receipt == null || receipt.isBlank() || receipt.strip().length() > 300) {
            throw new AdministrationRefused("administration.error.receipt", "receipt");
        }
        member.payRefund(amount, paidOn, receipt.strip(), clock.instant(), CurrentUser.username());
        members.save(member);
        events.publishEvent(Audited.by("pay", "member", memberId, "refund " + amount.toPlainString()));
    }

    /** What the cooperative owes a member who left, once recorded, and what it paid of it. */
    public record Owed(BigDecimal due, BigDecimal paid) {

        public boolean settled() {
            return paid.compareTo(due) >= 0;
        }
    }

    /** The refund owed once recorded (empty before) and what was paid of it. */
    @Transactional(readOnly = true)
    @PreAuthorize("@memberAccess.holds(#memberId)")
    public Optional<Owed> owed(long memberId) {
        var member = load(memberId);
        return Optional.ofNullable(member.refundDue()).map(due -> new Owed(due, member.refunded()));
    }

    private Refund compute(Member member, RefundTerms terms) {
        if (member.status() == Member.Status.MEMBER) {
            throw new AdministrationRefused("administration.error.refundWhileMember", null);
        }
        if (terms.shareOfLosses() == null || terms.rebatesDue() == null || terms.debts() == null
                || terms.shareOfLosses().signum() < 0 || terms.rebatesDue().signum() < 0
                || terms.debts().signum() < 0) {
            throw new AdministrationRefused("administration.error.refundTerms", null);
        }
        var account = new Refund.Account(member.paid(), terms.shareOfLosses(), terms.rebatesDue(), terms.debts(),
                member.subscribed());
        return Refund.of(account, capital(member.cooperativeId(), member.subscribed()), nextAnnualAssembly(member));
    }

    /**
     * The capital now (with the leaving member's shares, still owed until refunded) and at its highest, replayed
     * from the register's joinings and departures (art. 30).
     */
    private Refund.CapitalLevels capital(long cooperativeId, BigDecimal leaving) {
        var changes = new TreeMap<LocalDate, BigDecimal>();
        BigDecimal now = leaving;
        for (var line : jdbc.sql(SQL.get("Refunds.capital")).param("c", cooperativeId).query(Subscription.class)
                .list()) {
            changes.merge(line.joinedOn(), line.subscribed(), BigDecimal::add);
            if (line.leftOn() != null) {
                changes.merge(line.leftOn().plusDays(1), line.subscribed().negate(), BigDecimal::add);
            }
            if ("MEMBER".equals(line.status())) {
                now = now.add(line.subscribed());
            }
        }
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal peak = now;
        for (BigDecimal change : changes.values()) {
            running = running.add(change);
            peak = peak.max(running);
        }
        return new Refund.CapitalLevels(now, peak, Capital.LAW.minCapital());
    }

    /** The annual assembly after the member left: held with its quorum, or at the latest the law's six months. */
    private LocalDate nextAnnualAssembly(Member member) {
        var held = jdbc.sql(SQL.get("Refunds.nextAnnualAssembly")).param("c", member.cooperativeId())
                .param("left", member.leftOn())
                .query(LocalDate.class).list();
        return held.isEmpty() ? LegalCalendar.annualAssemblyBy(Withdrawal.yearEndOf(member.leftOn())) : held.getFirst();
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }
}
