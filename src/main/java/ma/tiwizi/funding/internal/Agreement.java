package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.tiwizi.funding.rules.TranchePlan;
import ma.tiwizi.platform.NotFoundException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The agreement of an approved application and its tranches. It decides when a tranche may be paid: the first once
 * the agreement is signed and the own contribution proved, each next one once the previous is paid, the last
 * follow-up visit has seen the progress it needs and the expenses are reported. A tranche is paid once.
 */
@Table("funding_agreement")
class Agreement {

    @Id
    private Long applicationId;
    private BigDecimal publicAmount;
    private BigDecimal ownCash;
    private BigDecimal ownInKind;
    private BigDecimal otherPartners;
    private String obligations;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String signedHash;
    private String signedFilename;
    private Instant signedAt;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "application_id", keyColumn = "number")
    private Map<Integer, Tranche> tranches = new TreeMap<>();

    /** A tranche: its share of the approved amount, the progress it waits for, and its payment once made. */
    @Table("funding_tranche")
    record Tranche(BigDecimal percent, BigDecimal amount, int minProgress, LocalDate releasedOn,
            String paymentReference, String releasedBy) {

        boolean released() {
            return releasedOn != null;
        }
    }

    /** What the conditions look at outside the agreement: the application's documents and its follow-up visits. */
    record Facts(boolean ownContributionProved, boolean expensesReported, int progress) {
    }

    Agreement() {
    }

    /**
     * Drafts the agreement of an application approved for {@code publicAmount}, its tranches split as the call's plan
     * says; each tranche after the first waits for the progress the tranches before it paid for.
     */
    static Agreement draft(long applicationId, BigDecimal publicAmount, BigDecimal ownCash, BigDecimal ownInKind,
            BigDecimal otherPartners, Disbursements.AgreementForm form, TranchePlan plan, Instant now, String by) {
        if (form.obligations() == null || form.obligations().isBlank() || form.startsOn() == null
                || form.endsOn() == null || !form.endsOn().isAfter(form.startsOn())) {
            throw new FundingRefused("funding.error.agreementForm", null);
        }
        var agreement = new Agreement();
        agreement.applicationId = applicationId;
        agreement.publicAmount = publicAmount;
        agreement.ownCash = zero(ownCash);
        agreement.ownInKind = zero(ownInKind);
        agreement.otherPartners = zero(otherPartners);
        agreement.obligations = form.obligations().strip();
        agreement.startsOn = form.startsOn();
        agreement.endsOn = form.endsOn();
        agreement.createdAt = now;
        agreement.createdBy = by;
        var amounts = plan.split(publicAmount);
        int progressNeeded = 0;
        for (int i = 0; i < amounts.size(); i++) {
            agreement.tranches.put(i + 1, new Tranche(plan.percents().get(i), amounts.get(i), progressNeeded, null,
                    null, null));
            progressNeeded += plan.percents().get(i).intValue();
        }
        return agreement;
    }

    void sign(String hash, String filename, Instant now) {
        signedHash = hash;
        signedFilename = filename.strip();
        signedAt = now;
    }

    /** The conditions of tranche {@code number} and whether each holds now. */
    List<Disbursements.Condition> conditions(int number, Facts facts) {
        List<Disbursements.Condition> conditions = new ArrayList<>();
        if (number == 1) {
            conditions.add(new Disbursements.Condition("agreementSigned", signed(), List.of()));
            conditions.add(new Disbursements.Condition("ownContribution", facts.ownContributionProved(), List.of()));
        } else {
            int minProgress = tranche(number).minProgress();
            conditions.add(new Disbursements.Condition("previousPaid", tranche(number - 1).released(),
                    List.of(String.valueOf(number - 1))));
            conditions.add(new Disbursements.Condition("progress", facts.progress() >= minProgress,
                    List.of(String.valueOf(minProgress), String.valueOf(facts.progress()))));
            conditions.add(new Disbursements.Condition("expenseReport", facts.expensesReported(), List.of()));
        }
        return List.copyOf(conditions);
    }

    /** Pays tranche {@code number}: refused when it is paid already or when one of its conditions does not hold. */
    Tranche release(int number, String paymentReference, Facts facts, LocalDate today, String by) {
        var tranche = tranche(number);
        if (tranche.released()) {
            throw new FundingRefused("funding.error.alreadyReleased", null);
        }
        if (!conditions(number, facts).stream().allMatch(Disbursements.Condition::holds)) {
            throw new FundingRefused("funding.error.conditions", null);
        }
        var paid = new Tranche(tranche.percent(), tranche.amount(), tranche.minProgress(), today,
                paymentReference.strip(), by);
        tranches.put(number, paid);
        return paid;
    }

    private Tranche tranche(int number) {
        var tranche = tranches.get(number);
        if (tranche == null) {
            throw new NotFoundException("tranche", number);
        }
        return tranche;
    }

    boolean signed() {
        return signedHash != null;
    }

    /** The tranches by number, in order. */
    Map<Integer, Tranche> tranches() {
        return new TreeMap<>(tranches);
    }

    Long applicationId() { return applicationId; }
    BigDecimal publicAmount() { return publicAmount; }
    BigDecimal ownCash() { return ownCash; }
    BigDecimal ownInKind() { return ownInKind; }
    BigDecimal otherPartners() { return otherPartners; }
    String obligations() { return obligations; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    String signedFilename() { return signedFilename; }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
