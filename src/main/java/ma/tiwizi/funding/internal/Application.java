package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import ma.tiwizi.funding.ApplicationStatus;

/** A cooperative's application to a call. Its status moves only as {@link ApplicationStatus} allows. */
@Table("funding_application")
class Application {

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

    @Table("funding_budget_line")
    record BudgetLine(BudgetCategory category, String label, BigDecimal amount) {
    }

    Application() {
    }

    static Application start(long callId, long cooperativeId, String title, Instant now) {
        var application = new Application();
        application.callId = callId;
        application.cooperativeId = cooperativeId;
        application.status = ApplicationStatus.DRAFT;
        application.title = title;
        application.createdAt = now;
        application.updatedAt = now;
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

    void submit(String newReference, Instant now) {
        move(ApplicationStatus.SUBMITTED);
        if (reference == null) {
            reference = newReference;
        }
        submittedAt = now;
        returnComment = null;
        returnDeadline = null;
        updatedAt = now;
    }

    void decide(ApplicationStatus decision, BigDecimal amount, String conditions, RejectionReason reason,
            String comment, Instant now) {
        move(decision);
        decisionAmount = decision == ApplicationStatus.APPROVED ? amount : null;
        decisionConditions = decision == ApplicationStatus.APPROVED ? conditions : null;
        decisionReason = decision == ApplicationStatus.REJECTED ? reason : null;
        decisionComment = comment;
        decidedAt = now;
        updatedAt = now;
    }

    void markComplete(Instant now) {
        move(ApplicationStatus.COMPLETE);
        updatedAt = now;
    }

    void returnForCorrection(String comment, LocalDate deadline, Instant now) {
        move(ApplicationStatus.RETURNED);
        returnComment = comment;
        returnDeadline = deadline;
        updatedAt = now;
    }

    private void move(ApplicationStatus target) {
        if (!status.next().contains(target)) {
            throw new FundingRefused("funding.error.statusMove", null, status, target);
        }
        status = target;
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
}
