package ma.tiwizi.funding.internal;

import static ma.tiwizi.Acting.as;

import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;

/** Has a complete application scored by two fresh reviewers, as an approval requires. */
final class TwoReviews {

    private static final TiwiziPrincipal ADMIN = new TiwiziPrincipal(1, "test-admin", "", "Admin", Role.ADMIN, null,
            true, true);

    private TwoReviews() {
    }

    static void of(long applicationId, Reviews reviews, AccountDirectory accounts) {
        for (int i = 0; i < 2; i++) {
            String username = "rv" + Long.toString(System.nanoTime(), 36) + i;
            long reviewerId = as(ADMIN, () -> accounts.openInitial(username, "مقيم " + username, "review-password",
                    Role.REVIEWER, null));
            long review = as(ADMIN, () -> reviews.assign(applicationId, reviewerId));
            var reviewer = new TiwiziPrincipal(reviewerId, username, "", username, Role.REVIEWER, null, true, true);
            as(reviewer, () -> {
                reviews.declare(review, true);
                int version = reviews.get(review).version();
                reviews.submit(review, new ScoreForm(7, 7, 8, 6, 7, "ملف جيد", "FUND", version));
                return null;
            });
        }
    }

}
