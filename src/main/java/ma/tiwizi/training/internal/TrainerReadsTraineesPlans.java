package ma.tiwizi.training.internal;

import java.util.Collection;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.PlanReadingRight;
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

    private final JdbcClient jdbc;

    @Override
    public Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds) {
        if (user.role() != Role.TRAINER || planIds.isEmpty()) {
            return Set.of();
        }
        boolean trains = jdbc.sql("""
                select count(*) from training_participant p
                join training_invitation i on i.id = p.invitation_id
                join training_session s on s.id = i.session_id
                where s.trainer_id = :trainer and i.cooperative_id = :coop""")
                .param("trainer", user.userId()).param("coop", cooperativeId).query(Long.class).single() > 0;
        return trains ? Set.copyOf(planIds) : Set.of();
    }
}
