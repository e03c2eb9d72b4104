package ma.tiwizi.funding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.rules.Eligibility;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeView;
import ma.tiwizi.training.TrainingRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for projects. ADMIN drafts, changes and publishes them; everyone signed in reads the published ones; a
 * cooperative sees, for each, whether it may apply and why.
 */
@Service
@RequiredArgsConstructor
public class Calls {

    private static final Queries SQL = Queries.of("funding");

    private final CallRepository calls;
    private final CooperativeRegistry registry;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TrainingRecord trainingRecord;

    /** A call, with whether a cooperative meets each of its rules. */
    public record CallForCooperative(CallView call, List<Eligibility.Check> checks) {
        public boolean eligible() {
            return checks.stream().allMatch(Eligibility.Check::passed);
        }
    }

    @Transactional
    @AdminOnly
    public long publish(CallForm form) {
        var opened = Call.open(form, CurrentUser.username(), clock.instant());
        opened.requireTraining(form.trainingProgramme(), programmeTitle(form.trainingProgramme()));
        var call = calls.save(opened);
        events.publishEvent(Audited.by("create", "call", call.id(), call.title()));
        return call.id();
    }

    @Transactional
    @AdminOnly
    public void change(long id, CallForm form) {
        var call = load(id);
        if (form.version() == null || !form.version().equals(call.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        call.change(form, clock.instant());
        call.requireTraining(form.trainingProgramme(), programmeTitle(form.trainingProgramme()));
        try {
            calls.save(call);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("platform.error.stale", null);
        }
        events.publishEvent(Audited.by("update", "call", id, call.title()));
    }

    /** A call, to anyone once published; drafts only for administrators. */
    @Transactional(readOnly = true)
    public CallView get(long id) {
        var view = load(id).view(clock.instant());
        if (!view.published() && !admin()) {
            throw new NotFoundException("call", id);
        }
        return view;
    }

    /** Every call for administrators, the published ones for everyone else (signed in or not); the latest closing first. */
    @Transactional(readOnly = true)
    public PageOf<CallView> list(int page, int size) {
        var request = PageRequest.of(page - 1, size, Sort.by(Sort.Direction.DESC, "closesAt"));
        var found = admin() ? calls.findAll(request) : calls.findByPublishedTrue(request);
        return new PageOf<>(found.map(c -> c.view(clock.instant())).toList(), page, size, found.getTotalElements());
    }

    /** Whether the reader (signed in or not: published calls are public) is an administrator. */
    private static boolean admin() {
        return CurrentUser.find().map(user -> user.isAdmin()).orElse(false);
    }

    /** The published calls with the cooperative's eligibility to each. */
    @Transactional(readOnly = true)
    public List<CallForCooperative> forCooperative(long cooperativeId) {
        CooperativeView cooperative = registry.get(cooperativeId);
        var applicant = applicant(cooperative);
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        return list(1, 100).items().stream().filter(CallView::published)
                .map(call -> new CallForCooperative(call, call.eligibility().check(applicant, today))).toList();
    }

    @Transactional(readOnly = true)
    public CallForCooperative forCooperative(long callId, long cooperativeId) {
        var call = get(callId);
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        return new CallForCooperative(call, call.eligibility().check(applicant(registry.get(cooperativeId)), today));
    }

    private Eligibility.Applicant applicant(CooperativeView c) {
        return new Eligibility.Applicant(c.legalForm().name(), c.communeId(), c.createdOn(), c.womenAndYouthShare(),
                c.members(), hasOpenFundedProject(c.id()), trainingRecord.programmesAttended(c.id()));
    }

    private String programmeTitle(Long programme) {
        if (programme == null) {
            return null;
        }
        return trainingRecord.programmeTitle(programme)
                .orElseThrow(() -> new FundingRefused("funding.error.programme", "trainingProgramme"));
    }

    /** An approved project whose last visit has not closed it. */
    private boolean hasOpenFundedProject(long cooperativeId) {
        return jdbc.sql(SQL.get("Calls.hasOpenFundedProject"))
                .param("coop", cooperativeId).query(Long.class).single() > 0;
    }

    private Call load(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
    }
}
