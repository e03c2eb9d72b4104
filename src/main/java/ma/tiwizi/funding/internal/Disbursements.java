package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.funding.FundingStepTaken;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an approval: the agreement (PDF to sign, signed scan back), the tranches and the conditions each needs
 * before it is paid, and the visits that follow the project. ADMIN writes; the cooperative reads its own.
 */
@Service
public class Disbursements {


    private final JdbcClient jdbc;
    private final Applications applications;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The same limit as the application's documents: a signed agreement or a visit photo is one of them. */
    private final long maxUploadBytes;

    Disbursements(JdbcClient jdbc, Applications applications, DocumentStore store, ApplicationEventPublisher events,
            Clock clock,
            @Value("${tiwizi.funding.max-upload-bytes:10485760}")
            long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.jdbc = jdbc;
        this.applications = applications;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public record Agreement(long applicationId, BigDecimal publicAmount, BigDecimal ownCash, BigDecimal ownInKind,
            BigDecimal otherPartners, String obligations, LocalDate startsOn, LocalDate endsOn, boolean signed,
            String signedFilename) {
    }

    public record AgreementForm(String obligations, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A condition of a tranche and whether it holds now: a message key ({@code funding.condition.*}). */
    public record Condition(String code, boolean holds, List<String> arguments) {
    }

    public record Tranche(long id, int number, BigDecimal percent, BigDecimal amount, int minProgress,
            LocalDate releasedOn, String paymentReference, List<Condition> conditions) {
        public boolean released() {
            return releasedOn != null;
        }

        public boolean releasable() {
            return !released() && conditions.stream().allMatch(Condition::holds);
        }
    }

    public record Visit(LocalDate visitedOn, int progress, String projectStatus, int jobsWomen, int jobsMen,
            int jobsYouth, BigDecimal revenue, boolean equipmentInPlace, String findings, String kind,
            List<Long> photos) {
    }

    /** A photo taken during a visit. */
    public record Photo(String filename, String contentType, byte[] content) {
    }

    public record Follow(ApplicationView application, Optional<Agreement> agreement, List<Tranche> tranches,
            List<Visit> visits) {
        public BigDecimal paid() {
            return tranches.stream().filter(Tranche::released).map(Tranche::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Transactional(readOnly = true)
    public Follow follow(long applicationId) {
        var application = applications.get(applicationId);
        var agreement = agreement(applicationId);
        var photos = jdbc.sql("""
                select p.visit_id, p.id from funding_visit_photo p join funding_visit v on v.id = p.visit_id
                where v.application_id = :id order by p.id""").param("id", applicationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        var visits = jdbc.sql("""
                select visited_on, progress, project_status, jobs_women, jobs_men, jobs_youth, revenue, findings, kind,
                    id, equipment_in_place from funding_visit where application_id = :id order by visited_on, id""")
                .param("id", applicationId)
                .query((rs, n) -> new Visit(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBoolean(11),
                        rs.getString(8), rs.getString(9), photoIds(photos, rs.getLong(10)))).list();
        var followUps = visits.stream().filter(v -> "FOLLOW_UP".equals(v.kind())).toList();
        int progress = followUps.isEmpty() ? 0 : followUps.get(followUps.size() - 1).progress();
        boolean ownProof = application.documents().stream()
                .anyMatch(d -> d.code() == RequiredDocument.OWN_CONTRIBUTION_PROOF);
        boolean expenseReport = application.documents().stream()
                .anyMatch(d -> d.code() == RequiredDocument.EXPENSE_REPORT);
        boolean signed = agreement.map(Agreement::signed).orElse(false);
        List<Tranche> tranches = new ArrayList<>();
        jdbc.sql("""
                select id, number, percent, amount, min_progress, released_on, payment_reference
                from funding_tranche where application_id = :id order by number""").param("id", applicationId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7)})
                .list().forEach(row -> {
                    int number = (Integer) row[1];
                    int minProgress = (Integer) row[4];
                    List<Condition> conditions = new ArrayList<>();
                    if (number == 1) {
                        conditions.add(new Condition("agreementSigned", signed, List.of()));
                        conditions.add(new Condition("ownContribution", ownProof, List.of()));
                    } else {
                        boolean previousPaid = tranches.get(number - 2).released();
                        conditions.add(new Condition("previousPaid", previousPaid,
                                List.of(String.valueOf(number - 1))));
                        conditions.add(new Condition("progress", progress >= minProgress,
                                List.of(String.valueOf(minProgress), String.valueOf(progress))));
                        conditions.add(new Condition("expenseReport", expenseReport, List.of()));
                    }
                    tranches.add(new Tranche((Long) row[0], number, (BigDecimal) row[2], (BigDecimal) row[3],
                            minProgress, (LocalDate) row[5], (String) row[6], List.copyOf(conditions)));
                });
        return new Follow(application, agreement, tranches, visits);
    }

    /** Drafts the agreement of an approved application and its tranches, split as the call's plan says. */
    @Transactional
    @AdminOnly
    public void createAgreement(long applicationId, AgreementForm form) {
        var application = applications.get(applicationId);
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new FundingRefused("funding.error.notApproved", null);
        }
        if (agreement(applicationId).isPresent()) {
            throw new FundingRefused("funding.error.agreementExists", null);
        }
        if (form.obligations() == null || form.obligations().isBlank() || form.startsOn() == null
                || form.endsOn() == null || !form.endsOn().isAfter(form.startsOn())) {
            throw new FundingRefused("funding.error.agreementForm", null);
        }
        jdbc.sql("""
                insert into funding_agreement (application_id, public_amount, own_cash, own_in_kind, other_partners,
                    obligations, starts_on, ends_on, created_at, created_by)
                values (:id, :public, :cash, :kind, :others, :obligations, :starts, :ends, :now, :by)""")
                .param("id", applicationId).param("public", application.decisionAmount())
                .param("cash", zero(application.ownCash())).param("kind", zero(application.ownInKind()))
                .param("others", zero(application.otherPartners())).param("obligations", form.obligations().strip())
                .param("starts", Date.valueOf(form.startsOn())).param("ends", Date.valueOf(form.endsOn()))
                .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
        var plan = applications.callOf(application).tranchePlan();
        var amounts = plan.split(application.decisionAmount());
        int progressNeeded = 0;
        for (int i = 0; i < amounts.size(); i++) {
            jdbc.sql("""
                    insert into funding_tranche (application_id, number, percent, amount, min_progress)
                    values (:id, :n, :percent, :amount, :progress)""")
                    .param("id", applicationId).param("n", i + 1).param("percent", plan.percents().get(i))
                    .param("amount", amounts.get(i)).param("progress", progressNeeded).update();
            progressNeeded += plan.percents().get(i).intValue();
        }
        events.publishEvent(Audited.by("agreement", "application", applicationId, application.reference()));
        step(application, "agreement", null);
    }

    @Transactional
    @AdminOnly
    public void uploadSignedAgreement(long applicationId, String filename, byte[] content) {
        if (agreement(applicationId).isEmpty()) {
            throw new FundingRefused("funding.error.noAgreement", null);
        }
        var refusal = UploadCheck.refusal(filename, content, maxUploadBytes);
        if (refusal.isPresent()) {
            throw new FundingRefused(refusal.get().messageKey(), "file", refusal.get().arguments());
        }
        jdbc.sql("""
                update funding_agreement set signed_hash = :hash, signed_filename = :name, signed_at = :now
                where application_id = :id""").param("hash", store.put(content)).param("name", filename.strip())
                .param("now", Timestamp.from(clock.instant())).param("id", applicationId).update();
        events.publishEvent(Audited.by("signed", "application", applicationId, filename));
        step(applications.get(applicationId), "signed", null);
    }

    /** Pays a tranche: only when all its conditions hold, and only once. */
    @Transactional
    @AdminOnly
    public void release(long applicationId, long trancheId, String paymentReference) {
        if (paymentReference == null || paymentReference.isBlank()) {
            throw new FundingRefused("funding.error.paymentReference", "paymentReference");
        }
        var tranche = follow(applicationId).tranches().stream().filter(t -> t.id() == trancheId).findFirst()
                .orElseThrow(() -> new NotFoundException("tranche", trancheId));
        if (tranche.released()) {
            throw new FundingRefused("funding.error.alreadyReleased", null);
        }
        if (!tranche.releasable()) {
            throw new FundingRefused("funding.error.conditions", null);
        }
        int updated = jdbc.sql("""
                update funding_tranche set released_on = :today, payment_reference = :ref, released_by = :by
                where id = :id and released_on is null""")
                .param("today", Date.valueOf(LocalDate.now(clock.withZone(Morocco.ZONE))))
                .param("ref", paymentReference.strip()).param("by", CurrentUser.username()).param("id", trancheId)
                .update();
        if (updated == 0) {
            throw new FundingRefused("funding.error.alreadyReleased", null);
        }
        events.publishEvent(Audited.by("release", "application", applicationId,
                "tranche " + tranche.number() + " " + tranche.amount().toPlainString() + " " + paymentReference));
        step(applications.get(applicationId), "tranche", tranche.number() + " · " + tranche.amount().toPlainString()
                + " MAD · " + paymentReference.strip());
    }

    /**
     * Records a visit: a field visit while the file is complete and awaits the decision, a follow-up visit once it is
     * approved; photos (JPEG or PNG) are kept with it.
     */
    @Transactional
    @AdminOnly
    public void recordVisit(long applicationId, Visit visit, List<Photo> photos) {
        var status = applications.get(applicationId).status();
        if (status != ApplicationStatus.APPROVED && status != ApplicationStatus.COMPLETE) {
            throw new FundingRefused("funding.error.visitStatus", null);
        }
        for (Photo photo : photos) {
            var refusal = UploadCheck.refusal(photo.filename(), photo.content(), maxUploadBytes);
            if (refusal.isPresent() || UploadCheck.kind(photo.content()).orElseThrow() == UploadCheck.Kind.PDF) {
                throw new FundingRefused(refusal.map(UploadCheck.Refusal::messageKey)
                        .orElse("platform.upload.badType"), "photos");
            }
        }
        if (visit.visitedOn() == null || visit.progress() < 0 || visit.progress() > 100 || visit.jobsWomen() < 0
                || visit.jobsMen() < 0 || visit.jobsYouth() < 0 || visit.findings() == null
                || visit.findings().isBlank()) {
            throw new FundingRefused("funding.error.visit", null);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into funding_visit (application_id, visited_on, progress, project_status, jobs_women, jobs_men,
                    jobs_youth, revenue, findings, recorded_by, recorded_at, kind, equipment_in_place)
                values (:id, :on, :progress, :status, :women, :men, :youth, :revenue, :findings, :by, :now, :kind,
                    :equipment)""")
                .param("equipment", visit.equipmentInPlace())
                .param("kind", status == ApplicationStatus.APPROVED ? "FOLLOW_UP" : "FIELD")
                .param("id", applicationId).param("on", Date.valueOf(visit.visitedOn()))
                .param("progress", visit.progress()).param("status", visit.projectStatus())
                .param("women", visit.jobsWomen()).param("men", visit.jobsMen()).param("youth", visit.jobsYouth())
                .param("revenue", visit.revenue()).param("findings", visit.findings().strip())
                .param("by", CurrentUser.username()).param("now", Timestamp.from(clock.instant())).update(keys, "id");
        long visitId = keys.getKeyAs(Long.class);
        for (Photo photo : photos) {
            jdbc.sql("""
                    insert into funding_visit_photo (visit_id, content_hash, content_type, filename)
                    values (:visit, :hash, :type, :name)""").param("visit", visitId)
                    .param("hash", store.put(photo.content()))
                    .param("type", UploadCheck.kind(photo.content()).orElseThrow().contentType)
                    .param("name", photo.filename().strip()).update();
        }
        events.publishEvent(Audited.by("visit", "application", applicationId, visit.progress() + " %"));
        step(applications.get(applicationId), "visit", visit.progress() + " %");
    }

    /** A visit photo, for those who may read the application. */
    public Photo photo(long applicationId, long photoId) {
        applications.get(applicationId);
        return jdbc.sql("""
                select p.filename, p.content_type, p.content_hash from funding_visit_photo p
                join funding_visit v on v.id = p.visit_id where p.id = :photo and v.application_id = :id""")
                .param("photo", photoId).param("id", applicationId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), store.get(rs.getString(3))
                        .orElseThrow(() -> new NotFoundException("photo", photoId))))
                .optional().orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private static List<Long> photoIds(List<long[]> photos, long visit) {
        return photos.stream().filter(p -> p[0] == visit).map(p -> p[1]).toList();
    }

    /** Writes the step in the application's timeline and tells the cooperative (after commit). */
    private void step(ApplicationView application, String step, String detail) {
        jdbc.sql("""
                insert into funding_application_event (application_id, occurred_at, actor, status, comment, step)
                values (:id, :now, :actor, :status, :comment, :step)""")
                .param("id", application.id()).param("now", Timestamp.from(clock.instant()))
                .param("actor", CurrentUser.username()).param("status", application.status().name())
                .param("comment", detail).param("step", step).update();
        if (!"visit".equals(step)) {
            events.publishEvent(new FundingStepTaken(application.id(), application.reference(),
                    application.cooperativeId(), step, detail == null ? "" : detail));
        }
    }

    public Optional<Agreement> agreement(long applicationId) {
        return jdbc.sql("""
                select application_id, public_amount, own_cash, own_in_kind, other_partners, obligations, starts_on,
                    ends_on, signed_hash, signed_filename from funding_agreement where application_id = :id""")
                .param("id", applicationId)
                .query((rs, n) -> new Agreement(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9) != null, rs.getString(10)))
                .optional();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
