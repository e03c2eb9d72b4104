package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ma.tiwizi.platform.Morocco;

/**
 * A call for projects as tests describe it: {@code aCall("طلب").withEnvelope("150000").closingInDays(10).form()}.
 * Unless told otherwise, an open solidarity-economy call for cooperatives with INDH's usual funding rules (public
 * support at most 60 % and 300,000 DH, own contribution at least 40 %, in kind at most half of it), no documents, no
 * eligibility rules, published.
 */
public final class CallBuilder {

    private final String title;
    private Axis axis = Axis.SOLIDARITY_ECONOMY;
    private LocalDateTime opensAt = LocalDateTime.of(2026, 1, 1, 9, 0);
    private LocalDateTime closesAt = LocalDateTime.now(Morocco.ZONE).plusDays(5);
    private BigDecimal envelope = new BigDecimal("500000");
    private Set<String> legalForms = Set.of("COOPERATIVE");
    private Integer maxAgeYears;
    private BigDecimal minWomenYouthPercent;
    private Integer minMembers;
    private boolean noOpenFundedProject;
    private List<RequiredDocument> documents = List.of();
    private Set<RequiredDocument> mandatory = Set.of();
    private Long trainingProgramme;

    private CallBuilder(String title) {
        this.title = title;
    }

    public static CallBuilder aCall(String title) {
        return new CallBuilder(title);
    }

    public CallBuilder withEnvelope(String amount) {
        envelope = new BigDecimal(amount);
        return this;
    }

    public CallBuilder onAxis(Axis axis) {
        this.axis = axis;
        return this;
    }

    public CallBuilder opening(LocalDateTime at) {
        opensAt = at;
        return this;
    }

    public CallBuilder closing(LocalDateTime at) {
        closesAt = at;
        return this;
    }

    public CallBuilder closingInDays(int days) {
        return closing(LocalDateTime.now(Morocco.ZONE).plusDays(days));
    }

    /** Legal forms allowed (none: any). */
    public CallBuilder forLegalForms(String... forms) {
        legalForms = new LinkedHashSet<>(List.of(forms));
        return this;
    }

    public CallBuilder forCooperativesAtMostYearsOld(int years) {
        maxAgeYears = years;
        return this;
    }

    public CallBuilder withWomenAndYouthAtLeast(String percent) {
        minWomenYouthPercent = new BigDecimal(percent);
        return this;
    }

    public CallBuilder withMembersAtLeast(int members) {
        minMembers = members;
        return this;
    }

    public CallBuilder refusingCooperativesWithAnOpenFundedProject() {
        noOpenFundedProject = true;
        return this;
    }

    /** Documents asked for, the first ones of which are mandatory. */
    public CallBuilder askingFor(List<RequiredDocument> asked, Set<RequiredDocument> mandatoryOnes) {
        documents = asked;
        mandatory = mandatoryOnes;
        return this;
    }

    public CallBuilder reservedToTheProgramme(long programme) {
        trainingProgramme = programme;
        return this;
    }

    public CallForm form() {
        return new CallForm(title, axis, opensAt, closesAt, envelope, Set.of(), legalForms, maxAgeYears,
                minWomenYouthPercent, minMembers, noOpenFundedProject, new BigDecimal("60"), new BigDecimal("300000"),
                new BigDecimal("40"), new BigDecimal("50"), documents, mandatory, true, null, null, null,
                trainingProgramme);
    }
}
