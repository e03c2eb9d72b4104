package ma.tiwizi.bizplan;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read or change a business plan, for method security ({@code @PreAuthorize("@planAccess.reads(#planId)")}):
 * ADMIN and the cooperative itself read and change its plans; other staff read those a {@link PlanReadingRight} of
 * another module grants (a reviewer's assigned file, a trainer's session). A plan that does not exist is let through,
 * so the service answers 404 rather than 403.
 */
@Component("planAccess")
@RequiredArgsConstructor
class PlanAccess {

    private static final Queries SQL = Queries.of("bizplan");

    private final JdbcClient jdbc;
    private final List<PlanReadingRight> readingRights;

    public boolean reads(long planId) {
        return Access.holds(cooperativeOf(planId), (user, cooperative) -> readsEveryPlanOf(user, cooperative)
                || readable(user, cooperative, List.of(planId)).contains(planId));
    }

    public boolean writes(long planId) {
        return Access.holds(cooperativeOf(planId), TiwiziPrincipal::canEdit);
    }

    /** Of these plans of one cooperative, the ones the user may read. */
    Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds) {
        if (readsEveryPlanOf(user, cooperativeId)) {
            return Set.copyOf(planIds);
        }
        if (!user.isStaff()) {
            return Set.of();
        }
        Set<Long> readable = new HashSet<>();
        for (var right : readingRights) {
            readable.addAll(right.readable(user, cooperativeId, planIds));
        }
        return readable;
    }

    private static boolean readsEveryPlanOf(TiwiziPrincipal user, long cooperativeId) {
        return user.isAdmin() || user.ownsCooperative(cooperativeId);
    }

    private Optional<Long> cooperativeOf(long planId) {
        return jdbc.sql(SQL.get("PlanAccess.cooperativeOf")).param("id", planId)
                .query(Long.class).optional();
    }
}
