package ma.tiwizi.training.internal;

import java.util.Collection;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.PlanReadingRight;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trainer reads the business plans of the cooperatives that have participants enrolled in one of their sessions
 * (the modules on bankable business models work on them), and no other.
 */
@Component
@RequiredArgsConstructor
class TrainerReadsTraineesPlans implements PlanReadingRight {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;

    @Override
    public Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds) {
        if (user.role() != Role.TRAINER || planIds.isEmpty()) {
            return Set.of();
        }
        boolean trains = jdbc.sql(SQL.get("TrainerReadsTraineesPlans.readable"))
                .param("trainer", user.userId()).param("coop", cooperativeId).query(Long.class).single() > 0;
        return trains ? Set.copyOf(planIds) : Set.of();
    }
}
