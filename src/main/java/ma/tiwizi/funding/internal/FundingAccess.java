package ma.tiwizi.funding.internal;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read or change an application or a review, for method security:
 * {@code @PreAuthorize("@fundingAccess.ownsApplication(#id)")}. An id that does not exist is let through, so the
 * service answers 404 as before rather than 403.
 */
@Component("fundingAccess")
@RequiredArgsConstructor
class FundingAccess {

    private static final Queries SQL = Queries.of("funding");

    private final JdbcClient jdbc;

    /** ADMIN, the applicant cooperative, and a reviewer who declared no conflict on it. */
    public boolean readsApplication(long id) {
        return Access.holds(cooperativeOf(id), (user, cooperative) -> user.canEdit(cooperative)
                || user.role() == Role.REVIEWER && jdbc.sql(SQL.get("FundingAccess.readsApplication"))
                        .param("id", id).param("user", user.userId())
                        .query(Long.class).single() > 0);
    }

    /** The messages on an application: between the committee's administrators and the applicant cooperative. */
    public boolean messagesOn(long id) {
        return Access.holds(cooperativeOf(id), (user, cooperative) -> user.canEdit(cooperative));
    }

    /** The applicant cooperative only (staff never edit a cooperative's file). */
    public boolean ownsApplication(long id) {
        return Access.holds(cooperativeOf(id), TiwiziPrincipal::ownsCooperative);
    }

    /** The reviewer the review is assigned to. */
    public boolean reviewer(long reviewId) {
        var user = CurrentUser.find().orElse(null);
        if (user == null) {
            return false;
        }
        var reviewer = jdbc.sql(SQL.get("FundingAccess.reviewer")).param("id", reviewId)
                .query(Long.class).optional();
        return reviewer.isEmpty() || reviewer.get() == user.userId();
    }

    private Optional<Long> cooperativeOf(long applicationId) {
        return jdbc.sql(SQL.get("FundingAccess.cooperativeOf")).param("id", applicationId)
                .query(Long.class).optional();
    }
}
