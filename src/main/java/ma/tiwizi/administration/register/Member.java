package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.tiwizi.administration.rules.Capital;
import ma.tiwizi.administration.rules.Refund;
import ma.tiwizi.administration.rules.Withdrawal;
import ma.tiwizi.platform.Morocco;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the member register (art. 17): numbered in order of joining, never deleted. A member who leaves keeps the
 * line with the day they left. Every movement (admission, payment, withdrawal asked, accepted or refused, departure,
 * exclusion) is kept with its day and decision.
 */
@Table("administration_member")
class Member {

    enum Status {
        MEMBER, LEFT, EXCLUDED
    }

    @Id
    private Long id;
    private Long cooperativeId;
    private int number;
    private String fullName;
    private String cin;
    private String sex;
    private Integer birthYear;
    private String address;
    private String occupation;
    private LocalDate joinedOn;
    private int shares;
    private BigDecimal shareValue;
    private BigDecimal paid;
    private BigDecimal called;
    private LocalDate calledDueOn;
    private boolean transferToRatify;
    private Status status;
    private LocalDate leftOn;
    private LocalDate withdrawalRequestedOn;
    private LocalDate leavesOn;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "member_id")
    private Set<Movement> movements = new HashSet<>();
    /** Money that moved since the line was loaded, told to the journal once the line is saved. */
    @Transient
    private final List<Money> moneyMoved = new ArrayList<>();

    private record Money(boolean refund, BigDecimal amount, LocalDate on, String receipt) {
    }

    /** What happened to the line, on which day, and what decided it. */
    @Table("administration_movement")
    record Movement(String kind, LocalDate occurredOn, Integer shares, BigDecimal amount, String decision,
            Instant recordedAt, String recordedBy) {
    }

    Member() {
    }

    /** The next line of the register, for a member the assembly admitted (art. 15). */
    static Member admit(long cooperativeId, int number, MemberForm form, Instant now, String by) {
        return admit(cooperativeId, number, form, null, now, by);
    }

    /** The next line of the register, for a member admitted by the assembly's {@code decision}. */
    static Member admit(long cooperativeId, int number, MemberForm form, String decision, Instant now, String by) {
        var member = new Member();
        member.cooperativeId = cooperativeId;
        member.number = number;
        member.fullName = form.fullName().strip();
        member.cin = form.cleanCin();
        member.sex = form.sex().name();
        member.birthYear = form.birthYear();
        member.address = blankToNull(form.address());
        member.occupation = blankToNull(form.occupation());
        member.joinedOn = form.joinedOn();
        member.shares = form.shares();
        member.shareValue = form.shareValue();
        member.paid = form.paid();
        member.called = form.paid();
        member.status = Status.MEMBER;
        member.recordedAt = now;
        member.recordedBy = by;
        member.movements.add(new Movement("ADMITTED", form.joinedOn(), form.shares(), form.paid(), decision, now,
                by));
        if (form.paid().signum() > 0) {
            member.moneyMoved.add(new Money(false, form.paid(), form.joinedOn(), decision));
        }
        return member;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A payment on the shares subscribed: never more than what is still due, and only while a member. */
    void pay(BigDecimal amount, LocalDate paidOn, String receipt, Instant now, String by) {
        requireMember();
        BigDecimal due = subscribed().subtract(paid);
        if (amount.signum() <= 0 || amount.compareTo(due) > 0) {
            throw new AdministrationRefused("administration.error.payTooMuch", "amount",
                    due.setScale(2).toPlainString());
        }
        paid = paid.add(amount);
        movements.add(new Movement("PAID", paidOn, null, amount, receipt, now, by));
        moneyMoved.add(new Money(false, amount, paidOn, receipt));
    }

    /**
     * Gives fully paid shares to another member, as the board authorised on {@code authorisedOn}; the member keeps at
     * least one share (art. 26), and the next assembly ratifies the transfer.
     */
    void giveShares(Member to, int count, LocalDate authorisedOn, Instant now, String by) {
        requireMember();
        to.requireMember();
        if (count < 1 || count > shares - 1) {
            throw new AdministrationRefused("administration.error.transferCount", "shares", shares - 1);
        }
        if (paid.compareTo(subscribed()) < 0) {
            throw new AdministrationRefused("administration.error.transferUnpaid", "shares");
        }
        if (shareValue.compareTo(to.shareValue) != 0) {
            throw new AdministrationRefused("administration.error.transferValue", "toMemberId");
        }
        BigDecimal amount = shareValue.multiply(BigDecimal.valueOf(count));
        shares -= count;
        paid = paid.subtract(amount);
        called = called.subtract(amount);
        to.shares += count;
        to.paid = to.paid.add(amount);
        to.called = to.called.add(amount);
        transferToRatify = true;
        to.transferToRatify = true;
        movements.add(new Movement("TRANSFER_OUT", authorisedOn, count, amount, to.number + ". " + to.fullName,
                now, by));
        to.movements.add(new Movement("TRANSFER_IN", authorisedOn, count, amount, number + ". " + fullName, now,
                by));
    }

    /** The assembly ratified the transfers authorised before it. */
    void ratifyTransfers(LocalDate on, String decision, Instant now, String by) {
        if (transferToRatify) {
            transferToRatify = false;
            movements.add(new Movement("TRANSFER_RATIFIED", on, null, null, decision, now, by));
        }
    }

    boolean transferToRatify() {
        return transferToRatify;
    }

    /**
     * Records what the cooperative owes a member who left (art. 21), once: the refund as the law computes it, payable
     * in part now and the rest deferred when the capital would fall below its floor (art. 30).
     */
    void settleRefund(Refund refund, Instant now, String by) {
        if (status == Status.MEMBER) {
            throw new AdministrationRefused("administration.error.refundWhileMember", null);
        }
        if (refundDue() != null) {
            throw new AdministrationRefused("administration.error.refundSettled", null);
        }
        movements.add(new Movement("REFUND_DUE", refund.payableOn(), null, refund.amount(),
                Morocco.DAY.format(refund.payableOn()) + " · " + refund.payableNow().toPlainString() + " + "
                        + refund.deferred().toPlainString() + " (" + Morocco.DAY.format(refund.deferredAtMostUntil())
                        + ")", now, by));
    }

    /** A payment of the refund, with its receipt: never beyond what is still owed. */
    void payRefund(BigDecimal amount, LocalDate paidOn, String receipt, Instant now, String by) {
        BigDecimal due = refundDue();
        if (due == null) {
            throw new AdministrationRefused("administration.error.refundNotSettled", null);
        }
        BigDecimal left = due.subtract(refunded());
        if (amount.signum() <= 0 || amount.compareTo(left) > 0) {
            throw new AdministrationRefused("administration.error.payTooMuch", "amount", left.toPlainString());
        }
        movements.add(new Movement("REFUNDED", paidOn, null, amount, receipt, now, by));
        moneyMoved.add(new Money(true, amount, paidOn, receipt));
    }

    /** What the cooperative owes the member once settled, null before. */
    BigDecimal refundDue() {
        return movements.stream().filter(m -> "REFUND_DUE".equals(m.kind())).map(Movement::amount).findFirst()
                .orElse(null);
    }

    BigDecimal refunded() {
        return movements.stream().filter(m -> "REFUNDED".equals(m.kind())).map(Movement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is still unpaid and not yet called on the shares subscribed. */
    BigDecimal uncalled() {
        return subscribed().subtract(called);
    }

    /**
     * Calls {@code amount} more of the shares, due on {@code dueOn}: never beyond the subscription, never later than
     * three years after joining (art. 26).
     */
    void call(BigDecimal amount, LocalDate dueOn, Instant now, String by) {
        requireMember();
        if (amount.signum() <= 0 || amount.compareTo(uncalled()) > 0) {
            throw new AdministrationRefused("administration.error.callAmount", null);
        }
        var breaches = Capital.LAW.checkCall(fullName, joinedOn, dueOn);
        if (!breaches.isEmpty()) {
            throw AdministrationRefused.of(breaches.getFirst(), "dueOn");
        }
        called = called.add(amount);
        calledDueOn = dueOn;
        movements.add(new Movement("CALLED", dueOn, null, amount, null, now, by));
    }

    /**
     * The member asks to leave (art. 18): at the end of this financial year when asked at least two months before it,
     * otherwise only at the end of the next one, and only when {@code nextYear} says so.
     */
    void requestWithdrawal(LocalDate requestedOn, boolean nextYear, Instant now, String by) {
        requireMember();
        if (leavesOn != null) {
            throw new AdministrationRefused("administration.error.withdrawalPending", null,
                    Morocco.DAY.format(leavesOn));
        }
        LocalDate yearEnd = Withdrawal.yearEndOf(requestedOn);
        if (!nextYear) {
            Withdrawal.checkRequest(requestedOn).ifPresent(breach -> {
                throw AdministrationRefused.of(breach, "requestedOn");
            });
        }
        withdrawalRequestedOn = requestedOn;
        leavesOn = nextYear ? yearEnd.plusYears(1) : yearEnd;
        movements.add(new Movement("WITHDRAWAL_ASKED", requestedOn, null, null, Morocco.DAY.format(leavesOn), now,
                by));
    }

    /**
     * The board's or manager's answer (art. 19). A refusal, with its reason, only within 20 days of the request: after
     * that the silence accepted it.
     */
    void answerWithdrawal(boolean accepted, String reason, LocalDate answeredOn, Instant now, String by) {
        if (withdrawalRequestedOn == null || leavesOn == null) {
            throw new AdministrationRefused("administration.error.noWithdrawal", null);
        }
        if (accepted) {
            movements.add(new Movement("WITHDRAWAL_ACCEPTED", answeredOn, null, null, null, now, by));
            return;
        }
        Withdrawal.checkRefusal(withdrawalRequestedOn, answeredOn).ifPresent(breach -> {
            throw AdministrationRefused.of(breach, "reason");
        });
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            throw new AdministrationRefused("administration.error.refusalReason", "reason");
        }
        movements.add(new Movement("WITHDRAWAL_REFUSED", answeredOn, null, null, reason.strip(), now, by));
        withdrawalRequestedOn = null;
        leavesOn = null;
    }

    /** The year-end a withdrawal took effect at has passed: the member has left on that day. */
    boolean leaveIfDue(LocalDate today, Instant now) {
        if (status != Status.MEMBER || leavesOn == null || !today.isAfter(leavesOn)) {
            return false;
        }
        status = Status.LEFT;
        leftOn = leavesOn;
        movements.add(new Movement("LEFT", leavesOn, shares, paid, null, now, "tiwizi"));
        return true;
    }

    /** Excluded by an assembly's resolution (art. 20), after the member was heard. */
    void exclude(LocalDate on, String decision, Instant now, String by) {
        requireMember();
        status = Status.EXCLUDED;
        leftOn = on;
        leavesOn = null;
        movements.add(new Movement("EXCLUDED", on, shares, paid, decision, now, by));
    }

    private void requireMember() {
        if (status != Status.MEMBER) {
            throw new AdministrationRefused("administration.error.notMember", null);
        }
    }

    /** The movements, oldest first. */
    List<Movement> movements() {
        return movements.stream().sorted(Comparator.comparing(Movement::occurredOn)
                .thenComparing(Movement::recordedAt)).toList();
    }

    Long cooperativeId() {
        return cooperativeId;
    }

    int number() {
        return number;
    }

    String fullName() {
        return fullName;
    }

    Status status() {
        return status;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    BigDecimal paid() {
        return paid;
    }

    LocalDate withdrawalRequestedOn() {
        return withdrawalRequestedOn;
    }

    LocalDate leavesOn() {
        return leavesOn;
    }

    Long id() {
        return id;
    }

    BigDecimal subscribed() {
        return shareValue.multiply(BigDecimal.valueOf(shares));
    }

    /** Built when Spring Data publishes them, after the insert gave a new line its id. */
    @DomainEvents
    List<CapitalMoved> capitalMoved() {
        return moneyMoved.stream().map(m -> new CapitalMoved(cooperativeId, id, fullName, m.refund(), m.amount(),
                m.on(), m.receipt())).toList();
    }

    @AfterDomainEventPublication
    void capitalTold() {
        moneyMoved.clear();
    }
}
