package ma.tiwizi.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity diagnostic: a cooperative answers twenty questions, gets a score per dimension and the modules that
 * strengthen its weakest ones. Every taking is kept, so taking it again shows the change. A COOP user takes it for
 * their own cooperative; an administrator or a trainer may take it for any cooperative.
 */
@Service
@RequiredArgsConstructor
public class Diagnostics {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final Programmes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TrainingAccess access;

    public record Result(long id, Instant takenAt, Map<Dimension, Integer> scores) {

        public List<Dimension> weakest() {
            return scores.entrySet().stream().filter(e -> e.getValue() < Dimension.WEAK_BELOW)
                    .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        }
    }

    @Transactional
    @PreAuthorize("@trainingAccess.takesDiagnostic(#cooperativeId)")
    public long take(long cooperativeId, DiagnosticForm form) {
        registry.get(cooperativeId);
        var answers = form.answers();
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("Diagnostics.take"))
                .param("coop", cooperativeId).param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.username())
                .param("answers", answers.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("governance", Dimension.GOVERNANCE.score(answers))
                .param("finance", Dimension.FINANCE.score(answers))
                .param("administration", Dimension.ADMINISTRATION.score(answers))
                .param("project", Dimension.PROJECT.score(answers))
                .param("marketing", Dimension.MARKETING.score(answers))
                .param("digital", Dimension.DIGITAL.score(answers)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(Audited.by("create", "diagnostic", id, "cooperative " + cooperativeId));
        return id;
    }

    /** The cooperative's diagnostics, latest first (at most ten). */
    @Transactional(readOnly = true)
    public List<Result> history(long cooperativeId) {
        registry.get(cooperativeId);
        return jdbc.sql(SQL.get("Diagnostics.history"))
                .param("coop", cooperativeId).query((rs, n) -> {
                    var scores = new EnumMap<Dimension, Integer>(Dimension.class);
                    for (var dimension : Dimension.values()) {
                        scores.put(dimension, rs.getInt(3 + dimension.ordinal()));
                    }
                    return new Result(rs.getLong(1), rs.getTimestamp(2).toInstant(), scores);
                }).list();
    }

    /** The catalogue modules for the result's weak dimensions, weakest first. */
    @Transactional(readOnly = true)
    public List<Programmes.Module> recommendedModules(Result result) {
        var byCode = programmes.modules().stream()
                .collect(Collectors.toMap(Programmes.Module::code, module -> module));
        return result.weakest().stream().flatMap(d -> d.moduleCodes().stream()).map(byCode::get)
                .filter(Objects::nonNull).toList();
    }

    /** Whether the signed-in user may take this cooperative's diagnostic (the page shows the form or not). */
    public boolean mayTake(long cooperativeId) {
        return access.takesDiagnostic(cooperativeId);
    }
}
