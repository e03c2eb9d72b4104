package ma.tiwizi.administration.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A written request to join (art. 15), waiting for the next ordinary assembly: once admitted it becomes the next line
 * of the register, joining on the day of the assembly, and keeps the decision.
 */
@Table("administration_candidate")
class Candidate {

    enum Status {
        WAITING, ADMITTED
    }

    @Id
    private Long id;
    private Long cooperativeId;
    private String fullName;
    private String cin;
    private String sex;
    private Integer birthYear;
    private String address;
    private String occupation;
    private LocalDate requestedOn;
    private int shares;
    private BigDecimal shareValue;
    private BigDecimal paid;
    private Status status;
    private LocalDate decidedOn;
    private String decision;
    private Long memberId;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private Integer version;

    Candidate() {
    }

    /** A request received on {@code form.joinedOn()}, with the shares the applicant subscribes. */
    static Candidate request(long cooperativeId, MemberForm form, Instant now, String by) {
        var candidate = new Candidate();
        candidate.cooperativeId = cooperativeId;
        candidate.fullName = form.fullName().strip();
        candidate.cin = form.cleanCin();
        candidate.sex = form.sex().name();
        candidate.birthYear = form.birthYear();
        candidate.address = form.address() == null || form.address().isBlank() ? null : form.address().strip();
        candidate.occupation = form.occupation() == null || form.occupation().isBlank() ? null
                : form.occupation().strip();
        candidate.requestedOn = form.joinedOn();
        candidate.shares = form.shares();
        candidate.shareValue = form.shareValue();
        candidate.paid = form.paid();
        candidate.status = Status.WAITING;
        candidate.recordedAt = now;
        candidate.recordedBy = by;
        return candidate;
    }

    /**
     * Admitted by the assembly held on {@code heldOn}: the register's line {@code number}, joining that day. Refused
     * for a request the assembly did not have before it.
     */
    Member admit(int number, LocalDate heldOn, String decision, Instant now, String by) {
        if (status != Status.WAITING || requestedOn.isAfter(heldOn)) {
            throw new AdministrationRefused("administration.error.candidateNotWaiting", null, fullName);
        }
        status = Status.ADMITTED;
        decidedOn = heldOn;
        this.decision = decision;
        return Member.admit(cooperativeId, number, new MemberForm(fullName, cin, MemberForm.Sex.valueOf(sex),
                birthYear, address, occupation, heldOn, shares, shareValue, paid), decision, now, by);
    }

    void admitted(long member) {
        memberId = member;
    }

    Long id() { return id; }
    Long cooperativeId() { return cooperativeId; }
    String fullName() { return fullName; }
    String cin() { return cin; }
    String sex() { return sex; }
    LocalDate requestedOn() { return requestedOn; }
    int shares() { return shares; }
    BigDecimal shareValue() { return shareValue; }
    BigDecimal paid() { return paid; }
}
