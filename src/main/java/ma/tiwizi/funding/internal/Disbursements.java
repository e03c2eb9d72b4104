package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
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

    private static final Queries SQL = Queries.of("funding");

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ApplicationRepository files;
    private final AgreementRepository agreements;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The same limit as the application's documents: a signed agreement or a visit photo is one of them. */
    private final long maxUploadBytes;

    Disbursements(JdbcClient jdbc, Applications applications, ApplicationRepository files,
            AgreementRepository agreements, DocumentStore store, ApplicationEventPublisher events, Clock clock,
            @Value("${tiwizi.funding.max-upload-bytes:10485760}") long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.jdbc = jdbc;
        this.applications = applications;
        this.files = files;
        this.agreements = agreements;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public record AgreementView(long applicationId, BigDecimal publicAmount, BigDecimal ownCash, BigDecimal ownInKind,
            BigDecimal otherPartners, String obligations, LocalDate startsOn, LocalDate endsOn, boolean signed,
            String signedFilename) {
    }

    public record AgreementForm(String obligations, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A condition of a tranche and whether it holds now: a message key ({@code funding.condition.*}). */
    public record Condition(String code, boolean holds, List<String> arguments) {
    }

    public record TrancheView(int number, BigDecimal percent, BigDecimal amount, int minProgress,
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

    public record Follow(ApplicationView application, Optional<AgreementView> agreement, List<TrancheView> tranches,
            List<Visit> visits) {
        public BigDecimal paid() {
            return tranches.stream().filter(TrancheView::released).map(TrancheView::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Transactional(readOnly = true)
    public Follow follow(long applicationId) {
        var application = applications.get(applicationId);
        var visits = visits(applicationId);
        var agreement = agreements.findById(applicationId);
        var facts = facts(application, visits);
        var tranches = agreement.map(a -> a.tranches().entrySet().stream()
                .map(t -> view(t.getKey(), t.getValue(), a.conditions(t.getKey(), facts))).toList())
                .orElse(List.of());
        return new Follow(application, agreement.map(Disbursements::view), tranches, visits);
    }

    private List<Visit> visits(long applicationId) {
        var photos = jdbc.sql(SQL.get("Disbursements.visitPhotos")).param("id", applicationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        return jdbc.sql(SQL.get("Disbursements.visits"))
                .param("id", applicationId)
                .query((rs, n) -> new Visit(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBoolean(11),
                        rs.getString(8), rs.getString(9), photoIds(photos, rs.getLong(10)))).list();
    }

    /** What the tranches' conditions read outside the agreement: the documents and the last follow-up visit. */
    private static Agreement.Facts facts(ApplicationView application, List<Visit> visits) {
        var followUps = visits.stream().filter(v -> "FOLLOW_UP".equals(v.kind())).toList();
        int progress = followUps.isEmpty() ? 0 : followUps.getLast().progress();
        return new Agreement.Facts(
                application.documents().stream().anyMatch(d -> d.code() == RequiredDocument.OWN_CONTRIBUTION_PROOF),
                application.documents().stream().anyMatch(d -> d.code() == RequiredDocument.EXPENSE_REPORT),
                progress);
    }

    /** Drafts the agreement of an approved application and its tranches, split as the call's plan says. */
    @Transactional
    @AdminOnly
    public void createAgreement(long applicationId, AgreementForm form) {
        var application = applications.get(applicationId);
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new FundingRefused("funding.error.notApproved", null);
        }
        if (agreements.existsById(applicationId)) {
            throw new FundingRefused("funding.error.agreementExists", null);
        }
        agreements.save(Agreement.draft(applicationId, application.decisionAmount(), application.ownCash(),
                application.ownInKind(), application.otherPartners(), form,
                applications.callOf(application).tranchePlan(), clock.instant(), CurrentUser.username()));
        events.publishEvent(Audited.by("agreement", "application", applicationId, application.reference()));
        step(applicationId, "agreement", null);
    }

    @Transactional
    @AdminOnly
    public void uploadSignedAgreement(long applicationId, String filename, byte[] content) {
        var agreement = agreements.findById(applicationId)
                .orElseThrow(() -> new FundingRefused("funding.error.noAgreement", null));
        var refusal = UploadCheck.refusal(filename, content, maxUploadBytes);
        if (refusal.isPresent()) {
            throw new FundingRefused(refusal.get().messageKey(), "file", refusal.get().arguments());
        }
        agreement.sign(store.put(content), filename, clock.instant());
        agreements.save(agreement);
        events.publishEvent(Audited.by("signed", "application", applicationId, filename));
        step(applicationId, "signed", null);
    }

    /** Pays tranche {@code number}: only when all its conditions hold, and only once. */
    @Transactional
    @AdminOnly
    public void release(long applicationId, int number, String paymentReference) {
        if (paymentReference == null || paymentReference.isBlank()) {
            throw new FundingRefused("funding.error.paymentReference", "paymentReference");
        }
        var application = applications.get(applicationId);
        var agreement = agreements.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("tranche", number));
        var paid = agreement.release(number, paymentReference, facts(application, visits(applicationId)),
                LocalDate.now(clock.withZone(Morocco.ZONE)), CurrentUser.username());
        agreements.save(agreement);
        events.publishEvent(Audited.by("release", "application", applicationId,
                "tranche " + number + " " + paid.amount().toPlainString() + " " + paid.paymentReference()));
        var file = files.findById(applicationId).orElseThrow();
        file.trancheReleased(number, paid.amount(), paid.releasedOn(), paid.paymentReference(), clock.instant(),
                CurrentUser.username());
        files.save(file);
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
        jdbc.sql(SQL.get("Disbursements.recordVisit"))
                .param("equipment", visit.equipmentInPlace())
                .param("kind", status == ApplicationStatus.APPROVED ? "FOLLOW_UP" : "FIELD")
                .param("id", applicationId).param("on", Date.valueOf(visit.visitedOn()))
                .param("progress", visit.progress()).param("status", visit.projectStatus())
                .param("women", visit.jobsWomen()).param("men", visit.jobsMen()).param("youth", visit.jobsYouth())
                .param("revenue", visit.revenue()).param("findings", visit.findings().strip())
                .param("by", CurrentUser.username()).param("now", Timestamp.from(clock.instant())).update(keys, "id");
        long visitId = keys.getKeyAs(Long.class);
        for (Photo photo : photos) {
            jdbc.sql(SQL.get("Disbursements.addVisitPhoto")).param("visit", visitId)
                    .param("hash", store.put(photo.content()))
                    .param("type", UploadCheck.kind(photo.content()).orElseThrow().contentType)
                    .param("name", photo.filename().strip()).update();
        }
        events.publishEvent(Audited.by("visit", "application", applicationId, visit.progress() + " %"));
        step(applicationId, "visit", visit.progress() + " %");
    }

    /** A visit photo, for those who may read the application. */
    public Photo photo(long applicationId, long photoId) {
        applications.get(applicationId);
        return jdbc.sql(SQL.get("Disbursements.photo"))
                .param("photo", photoId).param("id", applicationId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), store.get(rs.getString(3))
                        .orElseThrow(() -> new NotFoundException("photo", photoId))))
                .optional().orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private static List<Long> photoIds(List<long[]> photos, long visit) {
        return photos.stream().filter(p -> p[0] == visit).map(p -> p[1]).toList();
    }

    /** Writes the step in the application's timeline, which tells the cooperative (after commit). */
    private void step(long applicationId, String step, String detail) {
        var application = files.findById(applicationId).orElseThrow();
        application.recordStep(step, detail, clock.instant(), CurrentUser.username());
        files.save(application);
    }

    private static AgreementView view(Agreement a) {
        return new AgreementView(a.applicationId(), a.publicAmount(), a.ownCash(), a.ownInKind(), a.otherPartners(),
                a.obligations(), a.startsOn(), a.endsOn(), a.signed(), a.signedFilename());
    }

    private static TrancheView view(int number, Agreement.Tranche t, List<Condition> conditions) {
        return new TrancheView(number, t.percent(), t.amount(), t.minProgress(), t.releasedOn(), t.paymentReference(),
                conditions);
    }
}
