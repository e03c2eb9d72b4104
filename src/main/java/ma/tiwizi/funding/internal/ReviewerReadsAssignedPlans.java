package ma.tiwizi.funding.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.PlanReadingRight;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reviewer reads the business plans attached to the applications assigned to them, once they have declared no
 * conflict of interest (as for the rest of the file), and no other.
 */
@Component
@RequiredArgsConstructor
class ReviewerReadsAssignedPlans implements PlanReadingRight {

    private static final Queries SQL = Queries.of("funding");

    private final JdbcClient jdbc;

    @Override
    public Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds) {
        if (user.role() != Role.REVIEWER || planIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql(SQL.get("ReviewerReadsAssignedPlans.readable"))
                .param("reviewer", user.userId()).param("coop", cooperativeId).param("plans", planIds)
                .query(Long.class).list().stream().collect(Collectors.toSet());
    }
}
