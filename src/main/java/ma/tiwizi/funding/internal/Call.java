package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tiwizi.funding.rules.Eligibility;
import ma.tiwizi.funding.rules.FundingRules;
import ma.tiwizi.funding.rules.TranchePlan;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A call for projects, with its communes and its document checklist. */
@Table("funding_call")
class Call {

    @Id
    private Long id;
    private String title;
    private Axis axis;
    private Instant opensAt;
    private Instant closesAt;
    private BigDecimal budget;
    private String legalForms;
    private Integer maxAgeYears;
    private BigDecimal minWomenYouthPercent;
    private Integer minMembers;
    private BigDecimal maxPublicSharePercent;
    private BigDecimal maxPublicAmount;
    private BigDecimal minOwnSharePercent;
    private BigDecimal maxInKindSharePercent;
    private boolean published;
    private String tranchePercents;
    private String gridWeights;
    private boolean noOpenFundedProject;
    private Long trainingProgrammeId;
    private String trainingProgrammeTitle;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Integer version;
    private Set<CallCommune> communes = new LinkedHashSet<>();
    private List<CallDocument> documents = List.of();

    @Table("funding_call_commune")
    record CallCommune(Long communeId) {
    }

    @Table("funding_call_document")
    record CallDocument(RequiredDocument code, boolean mandatory) {
    }

    Call() {
    }

    static Call open(CallForm form, String by, Instant now) {
        var call = new Call();
        call.createdAt = now;
        call.createdBy = by;
        call.change(form, now);
        return call;
    }

    void change(CallForm form, Instant now) {
        title = form.title().strip();
        axis = form.axis();
        opensAt = form.opensAtInstant();
        closesAt = form.closesAtInstant();
        budget = form.budget();
        legalForms = form.legalForms() == null || form.legalForms().isEmpty() ? null
                : String.join(",", form.legalForms());
        maxAgeYears = form.maxAgeYears();
        minWomenYouthPercent = form.minWomenYouthPercent();
        minMembers = form.minMembers();
        maxPublicSharePercent = form.maxPublicSharePercent();
        maxPublicAmount = form.maxPublicAmount();
        minOwnSharePercent = form.minOwnSharePercent();
        maxInKindSharePercent = form.maxInKindSharePercent();
        published = form.published();
        noOpenFundedProject = Boolean.TRUE.equals(form.noOpenFundedProject());
        gridWeights = form.gridWeights() == null || form.gridWeights().isBlank() ? "20 30 20 15 15"
                : form.gridWeights().strip().replaceAll("[\\s,;]+", " ");
        tranchePercents = form.tranchePlan() == null || form.tranchePlan().isBlank() ? "40 40 20"
                : form.tranchePlan().strip().replaceAll("[\\s,;]+", " ");
        communes = form.communes() == null ? new LinkedHashSet<>()
                : form.communes().stream().map(CallCommune::new).collect(Collectors.toCollection(LinkedHashSet::new));
        documents = form.documents() == null ? List.of()
                : form.documents().stream().map(code -> new CallDocument(code,
                        form.mandatoryDocuments() != null && form.mandatoryDocuments().contains(code))).toList();
        updatedAt = now;
    }

    /** The training programme the call requires the cooperative to have taken part in, or none. */
    void requireTraining(Long programme, String title) {
        trainingProgrammeId = programme;
        trainingProgrammeTitle = programme == null ? null : title;
    }

    CallView view(Instant now) {
        return new CallView(id, title, axis, opensAt, closesAt, budget,
                legalForms == null ? Set.of() : Set.copyOf(Arrays.asList(legalForms.split(","))),
                communes.stream().map(CallCommune::communeId).collect(Collectors.toUnmodifiableSet()),
                new Eligibility(legalForms == null ? Set.of() : Set.copyOf(Arrays.asList(legalForms.split(","))),
                        communes.stream().map(CallCommune::communeId).collect(Collectors.toUnmodifiableSet()),
                        maxAgeYears, minWomenYouthPercent, minMembers, noOpenFundedProject, trainingProgrammeId,
                        trainingProgrammeTitle),
                new FundingRules(maxPublicSharePercent, maxPublicAmount, minOwnSharePercent, maxInKindSharePercent),
                documents.stream().map(d -> new CallView.Document(d.code(), d.mandatory())).toList(), published,
                CallView.State.of(published, opensAt, closesAt, now), version, tranchePlan(), grid());
    }

    /** The call's disbursement plan; a malformed one (never accepted by the form) falls back to 40 / 40 / 20. */
    TranchePlan tranchePlan() {
        try {
            return new TranchePlan(Arrays.stream(tranchePercents.split(" "))
                    .map(BigDecimal::new).toList());
        } catch (RuntimeException e) {
            return TranchePlan.DEFAULT;
        }
    }

    /** The weight of each scoring criterion in this call; a malformed value falls back to the defaults. */
    Map<Criterion, Integer> grid() {
        var grid = new EnumMap<Criterion, Integer>(Criterion.class);
        try {
            String[] weights = gridWeights.split(" ");
            for (Criterion c : Criterion.values()) {
                grid.put(c, Integer.parseInt(weights[c.ordinal()]));
            }
        } catch (RuntimeException e) {
            for (Criterion c : Criterion.values()) {
                grid.put(c, c.weight);
            }
        }
        return grid;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }
}
