package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications to calls. A cooperative drafts its own (one per call) in steps and submits it once before the
 * deadline; ADMIN reads every application and screens submitted ones. No cooperative ever reads another's.
 */
@Service
public class Applications {

    private static final Queries SQL = Queries.of("funding");

    private final ApplicationRepository applications;
    private final Calls calls;
    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessPlans plans;
    private final long maxUploadBytes;
    private final String referencePrefix;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;

    Applications(ApplicationRepository applications, Calls calls, JdbcClient jdbc, DocumentStore store,
            ApplicationEventPublisher events, Clock clock, BusinessPlans plans,
            PlatformTransactionManager transactionManager,
            @Value("${tiwizi.funding.max-upload-bytes:10485760}") long maxUploadBytes,
            @Value("${tiwizi.funding.reference-prefix:TRD}") String referencePrefix) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.applications = applications;
        this.calls = calls;
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.plans = plans;
        this.maxUploadBytes = maxUploadBytes;
        this.referencePrefix = referencePrefix;
    }

    /**
     * Opens the signed-in cooperative's draft for a call, or returns the one it already has. What the registry knows
     * (the sector, as the value chain) is filled in; {@code valueChain} names it in the applicant's language.
     */
    @PreAuthorize("@access.cooperative()")
    public long start(long callId, LongFunction<String> valueChain) {
        TiwiziPrincipal user = CurrentUser.require();
        try {
            return transactions.execute(status -> open(callId, user.cooperativeId(), valueChain));
        } catch (DuplicateKeyException openedMeanwhile) {
            // the same cooperative's other request (a double tap) opened it first: one call, one draft
            return applications.findByCallIdAndCooperativeId(callId, user.cooperativeId()).orElseThrow().id();
        }
    }

    private long open(long callId, long cooperativeId, LongFunction<String> valueChain) {
        var existing = applications.findByCallIdAndCooperativeId(callId, cooperativeId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var call = calls.forCooperative(callId, cooperativeId);
        if (call.call().state() != CallView.State.OPEN) {
            throw new FundingRefused("funding.error.callNotOpen", null);
        }
        if (!call.eligible()) {
            throw new FundingRefused("funding.error.notEligible", null);
        }
        var application = Application.start(callId, cooperativeId, valueChain.apply(cooperativeId), clock.instant(),
                CurrentUser.username());
        return applications.save(application).id();
    }

    @PreAuthorize("@fundingAccess.readsApplication(#id)")
    @Transactional(readOnly = true)
    public ApplicationView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public CallView callOf(ApplicationView application) {
        return calls.get(application.callId());
    }

    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public void saveProject(long id, ApplicationForms.Project project) {
        var application = writable(id);
        application.describe(project, clock.instant());
        applications.save(application);
    }

    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public void saveBudget(long id, ApplicationForms.Budget budget) {
        var application = writable(id);
        application.budget(budget.rows() == null ? List.of() : budget.rows().stream()
                .filter(Objects::nonNull).filter(r -> !r.blank())
                .map(r -> new Application.BudgetLine(r.category() == null ? BudgetCategory.OTHER : r.category(),
                        r.label() == null ? "" : r.label().strip(), r.amount()))
                .toList(), clock.instant());
        applications.save(application);
    }

    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public void saveFinancing(long id, ApplicationForms.Financing financing) {
        var application = writable(id);
        application.finance(financing, clock.instant());
        applications.save(application);
    }

    /**
     * Fills the budget and the financing plan from a version of the cooperative's own business plan: its investments
     * become budget lines, the working capital of year 1 another, and its grant, own contribution and loan the
     * financing. Nothing is typed twice; the plan stays attached so reviewers see its indicators.
     * {@code workingCapitalLabel} names the working-capital line in the applicant's language.
     */
    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public void useBusinessPlan(long id, long planId, int planVersion, String workingCapitalLabel) {
        var application = writable(id);
        var plan = plans.version(planId, planVersion);
        if (plan.cooperativeId() != application.cooperativeId()) {
            throw new FundingRefused("funding.error.plan", "plan");
        }
        var input = plan.input();
        var evaluation = plans.evaluate(input);
        List<Application.BudgetLine> lines = new ArrayList<>(input.investmentsOrEmpty().stream()
                .map(i -> new Application.BudgetLine(BudgetCategory.EQUIPMENT, i.item(), i.amount())).toList());
        var workingCapital = evaluation.years().size() > 1 ? evaluation.years().get(1).workingCapitalNeed()
                : BigDecimal.ZERO;
        if (workingCapital.signum() > 0) {
            lines.add(new Application.BudgetLine(BudgetCategory.WORKING_CAPITAL, workingCapitalLabel, workingCapital));
        }
        var loan = input.financing().loan();
        var financing = new ApplicationForms.Financing(input.financing().grant(), input.financing().ownCash(),
                input.financing().ownInKind(), loan == null ? BigDecimal.ZERO : loan.principal(), null);
        application.fromPlan(planId, planVersion, lines, financing, clock.instant());
        applications.save(application);
    }

    /** Keeps an uploaded document; a new file for the same document replaces it and the old one stays in history. */
    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public void upload(long id, RequiredDocument code, String filename, byte[] content) {
        var application = code.afterApproval() ? approvedOwn(id) : writable(id);
        var refusal = UploadCheck.refusal(filename, content, maxUploadBytes);
        if (refusal.isPresent()) {
            throw new FundingRefused(refusal.get().messageKey(), "file", refusal.get().arguments());
        }
        var kind = UploadCheck.kind(content).orElseThrow();
        String hash = store.put(content);
        jdbc.sql(SQL.get("Applications.supersedeDocument"))
                .param("id", id).param("code", code.name()).update();
        jdbc.sql(SQL.get("Applications.addDocument"))
                .param("id", application.id()).param("code", code.name()).param("name", filename.strip())
                .param("type", kind.contentType).param("size", (long) content.length).param("hash", hash)
                .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
        events.publishEvent(Audited.by("upload", "application", id, code + " " + filename));
    }

    /** A stored document: only for those who may read the application. */
    @PreAuthorize("@fundingAccess.readsApplication(#id)")
    @Transactional(readOnly = true)
    public StoredDocument document(long id, long documentId) {
        return jdbc.sql(SQL.get("Applications.document")).param("doc", documentId).param("id", id)
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2),
                        store.get(rs.getString(3)).orElseThrow(() -> new NotFoundException("document", documentId))))
                .optional().orElseThrow(() -> new NotFoundException("document", documentId));
    }

    public record StoredDocument(String filename, String contentType, byte[] content) {
    }

    /**
     * Submits before the deadline and returns the reference. Submitting what is already submitted (a double click, a
     * retried request, even one sent at the same moment) changes nothing and returns the same reference.
     */
    @Transactional
    @PreAuthorize("@fundingAccess.ownsApplication(#id)")
    public String submit(long id) {
        // one submission at a time per file: a second (double tap, retry) waits, then finds it submitted
        lockRow(id);
        var application = load(id);
        if (application.status() == ApplicationStatus.SUBMITTED) {
            return application.reference();
        }
        var call = calls.get(application.callId());
        Instant now = clock.instant();
        Instant deadline = application.status() == ApplicationStatus.RETURNED && application.returnDeadline() != null
                ? application.returnDeadline().plusDays(1).atStartOfDay(Morocco.ZONE).toInstant() : call.closesAt();
        if (!now.isBefore(deadline)) {
            throw new FundingRefused("funding.error.deadline", null);
        }
        var missing = view(application).missing(call);
        if (!missing.isEmpty()) {
            throw new FundingRefused("funding.error.incomplete", null);
        }
        String reference = application.reference() != null ? application.reference() : nextReference(call, now);
        application.submit(reference, call.title(), now, CurrentUser.username());
        applications.save(application);
        events.publishEvent(Audited.by("submit", "application", id, reference));
        return reference;
    }

    @Transactional
    @AdminOnly
    public void markComplete(long id) {
        var application = load(id);
        application.markComplete(clock.instant(), CurrentUser.username());
        applications.save(application);
    }

    @Transactional
    @AdminOnly
    public void returnForCorrection(long id, String comment, LocalDate deadline) {
        var application = load(id);
        application.returnForCorrection(comment, deadline, clock.instant(), CurrentUser.username());
        applications.save(application);
    }

    /** The signed-in cooperative's applications, newest first (at most 100): two statements, however many. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        Long cooperative = CurrentUser.require().cooperativeId();
        if (cooperative == null) {
            return List.of();
        }
        record Row(long id, long callId, long cooperativeId, String status, String reference, String title,
                String valueChain, Integer jobsWomen, Integer jobsYouth, BigDecimal projectCost,
                BigDecimal publicRequested, BigDecimal ownCash, BigDecimal ownInKind, BigDecimal otherPartners,
                Timestamp submittedAt, int version) {
        }
        var rows = jdbc.sql(SQL.get("Applications.mine")).param("c", cooperative).query(Row.class).list();
        var documents = documents(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new ApplicationSummary(r.id(), r.callId(), r.cooperativeId(),
                ApplicationStatus.valueOf(r.status()), r.reference(), r.title(), r.valueChain(), r.jobsWomen(),
                r.jobsYouth(), r.projectCost(), r.publicRequested(), r.ownCash(), r.ownInKind(), r.otherPartners(),
                r.submittedAt() == null ? null : r.submittedAt().toInstant(), r.version(),
                documents.getOrDefault(r.id(), List.of()))).toList();
    }

    private String nextReference(CallView call, Instant now) {
        String axis = switch (call.axis()) {
            case SOLIDARITY_ECONOMY -> "ESS";
            case ENTREPRENEURSHIP -> "ENT";
            case EMPLOYABILITY -> "EMP";
        };
        String prefix = referencePrefix + "-" + now.atZone(Morocco.ZONE).getYear() + "-" + axis;
        // the row is locked by the increment until this submission commits: numbers are consecutive, never twice
        if (jdbc.sql(SQL.get("Applications.countReference")).param("p", prefix)
                .update() == 0) {
            createCounter(prefix);
            jdbc.sql(SQL.get("Applications.countReference")).param("p", prefix)
                    .update();
        }
        int number = jdbc.sql(SQL.get("Applications.lastReference")).param("p", prefix)
                .query(Integer.class).single();
        return prefix + "-" + String.format("%04d", number);
    }

    private ApplicationView view(Application a) {
        return views(List.of(a)).getFirst();
    }

    /** The views of several applications with their documents: one query for the documents, however many. */
    private List<ApplicationView> views(List<Application> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var documents = documents(found.stream().map(Application::id).toList());
        return found.stream().map(a -> view(a, documents.getOrDefault(a.id(), List.of()))).toList();
    }

    /** The current documents of several applications, in one statement. */
    private Map<Long, List<ApplicationView.DocumentView>> documents(List<Long> ids) {
        var documents = new HashMap<Long, List<ApplicationView.DocumentView>>();
        if (ids.isEmpty()) {
            return documents;
        }
        jdbc.sql(SQL.get("Applications.documents")).param("ids", ids)
                .query(rs -> {
                    documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new ApplicationView.DocumentView(rs.getLong(2), RequiredDocument.valueOf(rs.getString(3)),
                                    rs.getString(4), rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant()));
                });
        return documents;
    }

    private static ApplicationView view(Application a, List<ApplicationView.DocumentView> documents) {
        var timeline = a.timeline().stream()
                .map(e -> new ApplicationView.Event(e.occurredAt(), e.actor(), e.status(), e.comment(), e.step()))
                .toList();
        return new ApplicationView(a.id(), a.callId(), a.cooperativeId(), a.status(), a.title(), a.valueChain(),
                a.description(), a.jobsWomen(), a.jobsYouth(),
                a.lines().stream().map(l -> new ApplicationView.Line(l.category(), l.label(), l.amount())).toList(),
                a.projectCost(), a.publicRequested(), a.ownCash(), a.ownInKind(), a.otherPartners(), a.reference(),
                a.submittedAt(), a.returnComment(), a.returnDeadline(), a.version(), documents, timeline,
                a.bizplanPlanId(), a.bizplanVersion(), a.decisionAmount(), a.decisionConditions(),
                a.decisionReason(), a.decisionComment());
    }

    /**
     * The first counter of a prefix (a new year or axis), behind a savepoint (same connection, no second one from the
     * pool) so that of two files submitted at the same moment, the one that finds it created by the other goes on.
     */
    private void createCounter(String prefix) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(SQL.get("Applications.createCounter"))
                    .param("p", prefix).update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // the other submission created it: the update that follows counts this one after it
        }
    }

    private void lockRow(long id) {
        jdbc.sql(SQL.get("Applications.lockRow")).param("id", id).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("application", id));
    }

    private Application load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    private Application writable(long id) {
        var application = load(id);
        if (!application.status().editableByApplicant()) {
            throw new FundingRefused("funding.error.frozen", null);
        }
        return application;
    }

    /** After approval, the cooperative still sends its proofs (own contribution, expense reports). */
    private Application approvedOwn(long id) {
        var application = load(id);
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new FundingRefused("funding.error.notApproved", null);
        }
        return application;
    }
}
