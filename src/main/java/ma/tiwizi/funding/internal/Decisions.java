package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.CooperativeRef;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's ranking of a call's complete applications by the reviewers' scores, and its decisions. The total
 * approved can never exceed the call's envelope: each approval locks the call's row, so two administrators approving
 * at the same moment are served one after the other.
 */
@Service
@RequiredArgsConstructor
public class Decisions {

    private static final Queries SQL = Queries.of("funding");

    /** Reviewers disagree when their weighted scores (out of 10) are this far apart or more. */
    public static final BigDecimal DISAGREEMENT = new BigDecimal("3");

    /** An application is approved only after at least this many reviewers have submitted their scores. */
    public static final int MIN_REVIEWS = 2;

    private static final EnumSet<ApplicationStatus> RANKED = EnumSet.of(ApplicationStatus.COMPLETE,
            ApplicationStatus.APPROVED, ApplicationStatus.WAITING_LIST, ApplicationStatus.REJECTED);

    private final ApplicationRepository applications;
    private final ReviewRepository reviews;
    private final Calls calls;
    private final CooperativeRegistry registry;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Ranked(long applicationId, String cooperative, String reference, ApplicationStatus status,
            BigDecimal cost, BigDecimal requested, BigDecimal maxSupport, BigDecimal averageScore, BigDecimal spread,
            int reviewCount, BigDecimal approved, BigDecimal runningRequested, boolean withinEnvelope, int version) {

        public boolean disagreement() {
            return spread != null && spread.compareTo(DISAGREEMENT) >= 0;
        }

        Ranked named(String cooperativeName) {
            return new Ranked(applicationId, cooperativeName, reference, status, cost, requested, maxSupport,
                    averageScore, spread, reviewCount, approved, runningRequested, withinEnvelope, version);
        }
    }

    /** One page of a call's ranking; the order, running totals and envelope are over all its files. */
    public record Ranking(CallView call, PageOf<Ranked> rows, BigDecimal approvedTotal, BigDecimal remaining) {
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public Ranking ranking(long callId, Locale locale, int page, int size) {
        var call = calls.get(callId);
        // two read queries for the whole list (not one per file and per review): the page stays cheap under load
        record Candidate(long id, long cooperativeId, String reference, ApplicationStatus status,
                BigDecimal publicRequested, BigDecimal decisionAmount, int version, BigDecimal projectCost) {
        }
        List<Candidate> found = jdbc.sql(SQL.get("Decisions.candidates"))
                .param("call", callId).param("statuses", RANKED.stream().map(Enum::name).toList())
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("cooperative_id"),
                        rs.getString("reference"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("public_requested"), rs.getBigDecimal("decision_amount"),
                        rs.getInt("version"), rs.getBigDecimal("project_cost")))
                .list();
        Map<Long, Map<Long, List<Review.Score>>> submitted = new HashMap<>();
        if (!found.isEmpty()) {
            jdbc.sql(SQL.get("Decisions.submittedScores"))
                    .param("ids", found.stream().map(Candidate::id).toList())
                    .query(rs -> {
                        submitted.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(2), r -> new ArrayList<>())
                                .add(new Review.Score(Criterion.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5)));
                    });
        }
        record Scored(Candidate application, BigDecimal average, BigDecimal spread, int count) {
        }
        List<Scored> ordered = found.stream().map(a -> {
            var scores = submitted.getOrDefault(a.id(), Map.of()).values().stream().map(Review::weighted).toList();
            BigDecimal average = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
            BigDecimal spread = scores.size() < 2 ? null : scores.stream().max(Comparator.naturalOrder()).orElseThrow()
                    .subtract(scores.stream().min(Comparator.naturalOrder()).orElseThrow());
            return new Scored(a, average, spread, scores.size());
        }).sorted(Comparator.comparing(Scored::average, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<Ranked> rows = new ArrayList<>();
        List<Long> cooperatives = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal approvedTotal = BigDecimal.ZERO;
        for (Scored s : ordered) {
            var a = s.application();
            BigDecimal requested = a.publicRequested() == null ? BigDecimal.ZERO : a.publicRequested();
            running = running.add(requested);
            BigDecimal approved = a.status() == ApplicationStatus.APPROVED ? a.decisionAmount() : null;
            if (approved != null) {
                approvedTotal = approvedTotal.add(approved);
            }
            cooperatives.add(a.cooperativeId());
            rows.add(new Ranked(a.id(), "", a.reference(), a.status(),
                    a.projectCost(), requested, call.fundingRules().maxPublicSupport(a.projectCost()), s.average(),
                    s.spread(), s.count(), approved, running, running.compareTo(call.budget()) <= 0, a.version()));
        }
        // names only for the files shown
        int from = (int) Math.min(rows.size(), PageOf.offset(page, size));
        int to = Math.min(rows.size(), from + size);
        Map<Long, CooperativeRef> names = from == to ? Map.of()
                : registry.refs(cooperatives.subList(from, to).stream().distinct().toList());
        var named = new ArrayList<Ranked>();
        for (int i = from; i < to; i++) {
            var ref = names.get(cooperatives.get(i));
            named.add(rows.get(i).named(ref == null ? "" : ref.name(locale)));
        }
        return new Ranking(call, new PageOf<>(named, page, size, rows.size()), approvedTotal,
                call.budget().subtract(approvedTotal));
    }

    @Transactional
    @AdminOnly
    public void decide(long applicationId, DecisionForm form) {
        // one decision at a time per file: a second sent at the same moment waits, then finds the version changed
        jdbc.sql(SQL.get("Applications.lockRow")).param("id", applicationId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("application", applicationId));
        var application = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("application", applicationId));
        if (form.version() == null || !form.version().equals(application.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        var call = calls.get(application.callId());
        // one approval at a time per call: the envelope is checked against what is committed
        BigDecimal budget = jdbc.sql(SQL.get("Decisions.lockCallBudget"))
                .param("id", call.id()).query(BigDecimal.class).single();
        if (form.decision() == ApplicationStatus.APPROVED) {
            int reviewed = jdbc.sql(SQL.get("Decisions.submittedReviews"))
                    .param("id", applicationId).query(Integer.class).single();
            if (reviewed < MIN_REVIEWS) {
                throw new FundingRefused("funding.error.tooFewReviews", "decision", reviewed);
            }
            if (form.amount() == null) {
                throw new FundingRefused("funding.error.decisionAmount", "amount");
            }
            BigDecimal max = call.fundingRules().maxPublicSupport(application.projectCost());
            if (form.amount().compareTo(max) > 0) {
                throw new FundingRefused("funding.error.decisionRules", "amount", max.toPlainString());
            }
            if (application.publicRequested() != null && form.amount().compareTo(application.publicRequested()) > 0) {
                throw new FundingRefused("funding.error.decisionMoreThanRequested", "amount",
                        application.publicRequested().toPlainString());
            }
            BigDecimal approved = jdbc.sql(SQL.get("Decisions.committed"))
                    .param("call", call.id()).param("id", applicationId).query(BigDecimal.class).single();
            if (approved.add(form.amount()).compareTo(budget) > 0) {
                throw new FundingRefused("funding.error.envelope", "amount",
                        budget.subtract(approved).max(BigDecimal.ZERO).toPlainString());
            }
        } else if (form.decision() == ApplicationStatus.REJECTED && form.reason() == null) {
            throw new FundingRefused("funding.error.reason", "reason");
        } else if (!form.decision().decided()) {
            throw new FundingRefused("funding.error.decision", "decision");
        }
        application.decide(form.decision(), form.amount(), blankToNull(form.conditions()), form.reason(),
                blankToNull(form.comment()), clock.instant(), CurrentUser.username());
        try {
            applications.save(application);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("platform.error.stale", null);
        }
        events.publishEvent(Audited.by("decide", "application", applicationId, form.decision()
                + (form.amount() == null ? "" : " " + form.amount().toPlainString())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
