package ma.tiwizi.funding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may apply to a call. Each rule is optional (null = not asked) and explains itself in one sentence: a message key
 * {@code funding.eligibility.CODE.pass|fail} with its arguments.
 */
public record Eligibility(Set<String> legalForms, Set<Long> communes, Integer maxAgeYears,
        BigDecimal minWomenYouthSharePercent, Integer minMembers, boolean noOpenFundedProject,
        Long trainingProgramme, String trainingProgrammeTitle) {

    public Eligibility(Set<String> legalForms, Set<Long> communes, Integer maxAgeYears,
            BigDecimal minWomenYouthSharePercent, Integer minMembers) {
        this(legalForms, communes, maxAgeYears, minWomenYouthSharePercent, minMembers, false);
    }

    public Eligibility(Set<String> legalForms, Set<Long> communes, Integer maxAgeYears,
            BigDecimal minWomenYouthSharePercent, Integer minMembers, boolean noOpenFundedProject) {
        this(legalForms, communes, maxAgeYears, minWomenYouthSharePercent, minMembers, noOpenFundedProject, null,
                null);
    }

    /** What a call looks at in a cooperative. */
    public record Applicant(String legalForm, long communeId, LocalDate createdOn, BigDecimal womenAndYouthShare,
            int members, boolean hasOpenFundedProject, Set<Long> trainedIn) {

        public Applicant(String legalForm, long communeId, LocalDate createdOn, BigDecimal womenAndYouthShare,
                int members) {
            this(legalForm, communeId, createdOn, womenAndYouthShare, members, false);
        }

        public Applicant(String legalForm, long communeId, LocalDate createdOn, BigDecimal womenAndYouthShare,
                int members, boolean hasOpenFundedProject) {
            this(legalForm, communeId, createdOn, womenAndYouthShare, members, hasOpenFundedProject, Set.of());
        }
    }

    /** One rule checked against one cooperative. */
    public record Check(String code, boolean passed, List<String> arguments) {
        public String messageKey() {
            return "funding.eligibility." + code + (passed ? ".pass" : ".fail");
        }
    }

    public static Eligibility indhDefaults() {
        return new Eligibility(Set.of("COOPERATIVE", "UNION"), Set.of(), null, new BigDecimal("30"), null, true);
    }

    public List<Check> check(Applicant applicant, LocalDate today) {
        List<Check> checks = new ArrayList<>();
        if (legalForms != null && !legalForms.isEmpty()) {
            checks.add(new Check("legalForm", legalForms.contains(applicant.legalForm()),
                    List.of(applicant.legalForm())));
        }
        if (communes != null && !communes.isEmpty()) {
            checks.add(new Check("commune", communes.contains(applicant.communeId()),
                    List.of(String.valueOf(communes.size()))));
        }
        if (maxAgeYears != null) {
            boolean young = applicant.createdOn() != null
                    && !applicant.createdOn().isBefore(today.minusYears(maxAgeYears));
            checks.add(new Check("age", young, List.of(String.valueOf(maxAgeYears))));
        }
        if (minWomenYouthSharePercent != null) {
            BigDecimal share = applicant.womenAndYouthShare() == null ? BigDecimal.ZERO
                    : applicant.womenAndYouthShare().multiply(BigDecimal.valueOf(100));
            checks.add(new Check("share", share.compareTo(minWomenYouthSharePercent) >= 0,
                    List.of(minWomenYouthSharePercent.stripTrailingZeros().toPlainString(),
                            share.setScale(0, RoundingMode.HALF_UP).toPlainString())));
        }
        if (minMembers != null) {
            checks.add(new Check("members", applicant.members() >= minMembers,
                    List.of(String.valueOf(minMembers), String.valueOf(applicant.members()))));
        }
        if (noOpenFundedProject) {
            checks.add(new Check("openProject", !applicant.hasOpenFundedProject(), List.of()));
        }
        if (trainingProgramme != null) {
            boolean trained = applicant.trainedIn() != null && applicant.trainedIn().contains(trainingProgramme);
            checks.add(new Check("training", trained,
                    List.of(trainingProgrammeTitle == null ? "" : trainingProgrammeTitle)));
        }
        return checks;
    }

    public boolean eligible(Applicant applicant, LocalDate today) {
        return check(applicant, today).stream().allMatch(Check::passed);
    }
}
