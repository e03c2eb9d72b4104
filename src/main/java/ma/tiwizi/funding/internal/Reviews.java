package ma.tiwizi.funding.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical review of complete applications. ADMIN assigns reviewers; a reviewer sees only what is assigned to them,
 * declares having no conflict of interest (or declines) before reading the file, and sees the other reviewers'
 * scores only after submitting their own.
 */
@Service
@RequiredArgsConstructor
public class Reviews {

    private final ReviewRepository reviews;
    private final ApplicationRepository applications;
    private final AccountDirectory accounts;
    private final Calls calls;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    @AdminOnly
    public long assign(long applicationId, long reviewerId) {
        var application = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("application", applicationId));
        if (application.status() != ApplicationStatus.COMPLETE) {
            throw new FundingRefused("funding.error.assignComplete", "reviewer");
        }
        var reviewer = accounts.get(reviewerId);
        if (reviewer.role() != Role.REVIEWER || !reviewer.enabled()) {
            throw new FundingRefused("funding.error.notReviewer", "reviewer");
        }
        try {
            var review = reviews.save(Review.assign(applicationId, reviewerId, reviewer.displayName(),
                    clock.instant()));
            events.publishEvent(Audited.by("assign", "application", applicationId, reviewer.username()));
            return review.id();
        } catch (DuplicateKeyException e) {
            throw new FundingRefused("funding.error.alreadyAssigned", "reviewer");
        }
    }

    /** The signed-in reviewer's assignments, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> mine() {
        return reviews.findByReviewerIdOrderByIdDesc(CurrentUser.require().userId()).stream()
                .map(r -> view(r, true)).toList();
    }

    @PreAuthorize("@fundingAccess.reviewer(#reviewId)")
    @Transactional(readOnly = true)
    public ReviewView get(long reviewId) {
        return view(own(reviewId), true);
    }

    @Transactional
    @PreAuthorize("@fundingAccess.reviewer(#reviewId)")
    public void declare(long reviewId, boolean noConflict) {
        var review = own(reviewId);
        review.declare(noConflict, clock.instant());
        reviews.save(review);
        events.publishEvent(Audited.by(noConflict ? "accept" : "decline", "review", reviewId,
                "application " + review.applicationId()));
    }

    @Transactional
    @PreAuthorize("@fundingAccess.reviewer(#reviewId)")
    public void submit(long reviewId, ScoreForm form) {
        var review = own(reviewId);
        if (form.version() == null || !form.version().equals(review.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        Review.Recommendation recommendation;
        try {
            recommendation = Review.Recommendation.valueOf(form.recommendation());
        } catch (IllegalArgumentException e) {
            throw new FundingRefused("funding.error.recommendation", "recommendation");
        }
        var grid = grid(review.applicationId());
        review.submit(List.of(
                new Review.Score(Criterion.VALUE_CHAIN_FIT, form.valueChainFit(), grid.get(Criterion.VALUE_CHAIN_FIT)),
                new Review.Score(Criterion.VIABILITY, form.viability(), grid.get(Criterion.VIABILITY)),
                new Review.Score(Criterion.SOCIAL_IMPACT, form.socialImpact(), grid.get(Criterion.SOCIAL_IMPACT)),
                new Review.Score(Criterion.SUSTAINABILITY, form.sustainability(), grid.get(Criterion.SUSTAINABILITY)),
                new Review.Score(Criterion.CAPACITY, form.capacity(), grid.get(Criterion.CAPACITY))),
                form.comment().strip(), recommendation, clock.instant());
        try {
            reviews.save(review);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("platform.error.stale", null);
        }
        events.publishEvent(Audited.by("score", "review", reviewId, "application " + review.applicationId()));
    }

    /**
     * The reviews of an application: all of them for ADMIN; for a reviewer, their own, and the others' scores only
     * once theirs is submitted.
     */
    public List<ReviewView> ofApplication(long applicationId) {
        var user = CurrentUser.require();
        var all = reviews.findByApplicationIdOrderById(applicationId);
        if (user.isAdmin()) {
            return all.stream().map(r -> view(r, true)).toList();
        }
        boolean ownSubmitted = all.stream()
                .anyMatch(r -> r.reviewerId() == user.userId() && r.status() == Review.Status.SUBMITTED);
        return all.stream().filter(r -> ownSubmitted || r.reviewerId() == user.userId())
                .map(r -> view(r, true)).toList();
    }

    /** The scoring grid of the call the application belongs to. */
    @Transactional(readOnly = true)
    public Map<Criterion, Integer> grid(long applicationId) {
        var application = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("application", applicationId));
        return calls.get(application.callId()).grid();
    }

    private Review own(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
    }

    private static ReviewView view(Review r, boolean withScores) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        if (withScores) {
            r.scores().forEach(s -> scores.put(s.criterion(), s.score()));
        }
        return new ReviewView(r.id(), r.applicationId(), r.reviewerId(), r.reviewerName(), r.status().name(), scores,
                withScores ? r.weightedScore() : null, r.comment(),
                r.recommendation() == null ? null : r.recommendation().name(), r.submittedAt(), r.version());
    }
}
