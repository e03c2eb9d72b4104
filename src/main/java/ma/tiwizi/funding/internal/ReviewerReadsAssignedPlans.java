package ma.tiwizi.funding.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.PlanReadingRight;
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

    private final JdbcClient jdbc;

    @Override
    public Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds) {
        if (user.role() != Role.REVIEWER || planIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                select distinct a.bizplan_plan_id from funding_application a
                join funding_review r on r.application_id = a.id
                where r.reviewer_id = :reviewer and r.status in ('ACCEPTED', 'SUBMITTED')
                  and a.cooperative_id = :coop and a.bizplan_plan_id in (:plans)""")
                .param("reviewer", user.userId()).param("coop", cooperativeId).param("plans", planIds)
                .query(Long.class).list().stream().collect(Collectors.toSet());
    }
}
