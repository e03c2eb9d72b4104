package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.funding.ApplicationDecided;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.funding.ApplicationSubmitted;
import ma.tiwizi.funding.FundingStepTaken;
import ma.tiwizi.funding.TrancheReleased;
import ma.tiwizi.platform.Morocco;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cooperative's application to a call. Its status moves only as {@link ApplicationStatus} allows; every move and
 * every step after the decision is written in its timeline by the application itself, which registers the events the
 * other modules hear (published when it is saved).
 */
@Table("funding_application")
class Application extends AbstractAggregateRoot<Application> {

    @Id
    private Long id;
    private Long callId;
    private Long cooperativeId;
    private ApplicationStatus status;
    private String title;
    private String valueChain;
    private String description;
    private Integer jobsWomen;
    private Integer jobsYouth;
    private BigDecimal publicRequested;
    private BigDecimal ownCash;
    private BigDecimal ownInKind;
    private BigDecimal otherPartners;
    private String reference;
    private Instant submittedAt;
    private String returnComment;
    private LocalDate returnDeadline;
    private BigDecimal decisionAmount;
    private String decisionConditions;
    private RejectionReason decisionReason;
    private String decisionComment;
    private Instant decidedAt;
    private Long bizplanPlanId;
    private Integer bizplanVersion;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    private List<BudgetLine> lines = List.of();
    @MappedCollection(idColumn = "application_id", keyColumn = "entry_index")
    private List<Entry> timeline = new ArrayList<>();

    @Table("funding_budget_line")
    record BudgetLine(BudgetCategory category, String label, BigDecimal amount) {
    }

    /** A line of the timeline: a status reached, or a step after the decision ({@code step} then names it). */
    @Table("funding_application_event")
    record Entry(Instant occurredAt, String actor, ApplicationStatus status, String comment, String step) {
    }

    Application() {
    }

    static Application start(long callId, long cooperativeId, String valueChain, Instant now, String actor) {
        var application = new Application();
        application.callId = callId;
        application.cooperativeId = cooperativeId;
        application.status = ApplicationStatus.DRAFT;
        application.valueChain = blankToNull(valueChain);
        application.createdAt = now;
        application.updatedAt = now;
        application.timeline.add(new Entry(now, actor, ApplicationStatus.DRAFT, null, null));
        return application;
    }

    void describe(ApplicationForms.Project project, Instant now) {
        requireEditable();
        title = blankToNull(project.title());
        valueChain = blankToNull(project.valueChain());
        description = blankToNull(project.description());
        jobsWomen = project.jobsWomen();
        jobsYouth = project.jobsYouth();
        updatedAt = now;
    }

    void budget(List<BudgetLine> newLines, Instant now) {
        requireEditable();
        lines = List.copyOf(newLines);
        updatedAt = now;
    }

    void finance(ApplicationForms.Financing financing, Instant now) {
        requireEditable();
        publicRequested = financing.publicRequested();
        ownCash = financing.ownCash();
        ownInKind = financing.ownInKind();
        otherPartners = financing.otherPartners();
        updatedAt = now;
    }

    /** Takes the budget and financing from a business plan version, which stays attached for the reviewers. */
    void fromPlan(long planId, int planVersion, List<BudgetLine> newLines, ApplicationForms.Financing financing,
            Instant now) {
        budget(newLines, now);
        finance(financing, now);
        bizplanPlanId = planId;
        bizplanVersion = planVersion;
    }

    /** Submits under the reference it keeps for life (the first one given) and tells the programme's staff. */
    void submit(String newReference, String callTitle, Instant now, String actor) {
        move(ApplicationStatus.SUBMITTED, null, now, actor);
        if (reference == null) {
            reference = newReference;
        }
        submittedAt = now;
        returnComment = null;
        returnDeadline = null;
        registerEvent(new ApplicationSubmitted(id, reference, cooperativeId, callTitle));
    }

    void decide(ApplicationStatus decision, BigDecimal amount, String conditions, RejectionReason reason,
            String comment, Instant now, String actor) {
        move(decision, comment, now, actor);
        decisionAmount = decision == ApplicationStatus.APPROVED ? amount : null;
        decisionConditions = decision == ApplicationStatus.APPROVED ? conditions : null;
        decisionReason = decision == ApplicationStatus.REJECTED ? reason : null;
        decisionComment = comment;
        decidedAt = now;
        registerEvent(new ApplicationDecided(id, reference, cooperativeId, decision, decisionAmount));
    }

    void markComplete(Instant now, String actor) {
        move(ApplicationStatus.COMPLETE, null, now, actor);
    }

    void returnForCorrection(String comment, LocalDate deadline, Instant now, String actor) {
        move(ApplicationStatus.RETURNED, comment, now, actor);
        returnComment = comment;
        returnDeadline = deadline;
        registerEvent(new FundingStepTaken(id, reference, cooperativeId, "returned", Morocco.DAY.format(deadline)));
    }

    /**
     * Writes a step of what follows the decision (agreement, signature, tranche, visit) in the timeline; the
     * cooperative is told of each but the visits, which it reads on its page.
     */
    void recordStep(String step, String detail, Instant now, String actor) {
        timeline.add(new Entry(now, actor, status, detail, step));
        updatedAt = now;
        if (!"visit".equals(step)) {
            registerEvent(new FundingStepTaken(id, reference, cooperativeId, step, detail == null ? "" : detail));
        }
    }

    /** A tranche was paid: a step of the timeline, and money the cooperative's journal receives. */
    void trancheReleased(int number, BigDecimal amount, LocalDate releasedOn, String paymentReference, Instant now,
            String actor) {
        recordStep("tranche", number + " · " + amount.toPlainString() + " MAD · " + paymentReference, now, actor);
        registerEvent(new TrancheReleased(id, reference, cooperativeId, number, amount, releasedOn,
                paymentReference));
    }

    private void move(ApplicationStatus target, String comment, Instant now, String actor) {
        if (!status.next().contains(target)) {
            throw new FundingRefused("funding.error.statusMove", null, status, target);
        }
        status = target;
        timeline.add(new Entry(now, actor, target, comment, null));
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.editableByApplicant()) {
            throw new FundingRefused("funding.error.frozen", null);
        }
    }

    BigDecimal projectCost() {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id() { return id; }
    Long callId() { return callId; }
    Long cooperativeId() { return cooperativeId; }
    ApplicationStatus status() { return status; }
    String title() { return title; }
    String valueChain() { return valueChain; }
    String description() { return description; }
    Integer jobsWomen() { return jobsWomen; }
    Integer jobsYouth() { return jobsYouth; }
    BigDecimal publicRequested() { return publicRequested; }
    BigDecimal ownCash() { return ownCash; }
    BigDecimal ownInKind() { return ownInKind; }
    BigDecimal otherPartners() { return otherPartners; }
    String reference() { return reference; }
    Instant submittedAt() { return submittedAt; }
    String returnComment() { return returnComment; }
    LocalDate returnDeadline() { return returnDeadline; }
    Integer version() { return version; }
    Long bizplanPlanId() { return bizplanPlanId; }
    BigDecimal decisionAmount() { return decisionAmount; }
    String decisionConditions() { return decisionConditions; }
    RejectionReason decisionReason() { return decisionReason; }
    String decisionComment() { return decisionComment; }
    Integer bizplanVersion() { return bizplanVersion; }
    List<BudgetLine> lines() { return lines; }
    List<Entry> timeline() { return List.copyOf(timeline); }
}
