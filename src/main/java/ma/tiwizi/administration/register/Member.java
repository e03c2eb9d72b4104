package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the member register (art. 17): numbered in order of joining, never deleted. A member who leaves keeps the
 * line with the day they left.
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
    private Status status;
    private LocalDate leftOn;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private Integer version;

    Member() {
    }

    /** The next line of the register, for a member the assembly admitted (art. 15). */
    static Member admit(long cooperativeId, int number, MemberForm form, Instant now, String by) {
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
        member.status = Status.MEMBER;
        member.recordedAt = now;
        member.recordedBy = by;
        return member;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A payment on the shares subscribed: never more than what is still due, and only while a member. */
    void pay(BigDecimal amount) {
        if (status != Status.MEMBER) {
            throw new AdministrationRefused("administration.error.notMember", null);
        }
        BigDecimal due = subscribed().subtract(paid);
        if (amount.signum() <= 0 || amount.compareTo(due) > 0) {
            throw new AdministrationRefused("administration.error.payTooMuch", "amount",
                    due.setScale(2).toPlainString());
        }
        paid = paid.add(amount);
    }

    Long id() {
        return id;
    }

    BigDecimal subscribed() {
        return shareValue.multiply(BigDecimal.valueOf(shares));
    }
}
