package ma.tiwizi.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.training.internal.Certificates;
import ma.tiwizi.training.internal.Diagnostics;
import ma.tiwizi.training.internal.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the training module tells other modules about a cooperative: its latest capacity diagnostic and the programmes
 * it took part in. Readable by whoever may read the cooperative.
 */
@Service
@RequiredArgsConstructor
public class TrainingRecord {

    private static final Queries SQL = Queries.of("training");

    private final Diagnostics diagnostics;
    private final JdbcClient jdbc;
    private final Certificates certificates;

    public record ProgrammeOption(long id, String title) {
    }

    /** A session the cooperative attended: how many of its participants were marked present. */
    public record AttendedSession(String programme, String moduleAr, String moduleFr, LocalDate heldOn,
            int present) {
        public String module(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? moduleAr : moduleFr;
        }
    }

    /** The sessions the cooperative attended, latest first (at most 50). */
    @Transactional(readOnly = true)
    public List<AttendedSession> attendedSessions(long cooperativeId) {
        return jdbc.sql(SQL.get("TrainingRecord.attendedSessions"))
                .param("c", cooperativeId)
                .query((rs, n) -> new AttendedSession(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5))).list();
    }

    /** Each person of the cooperative who attended a session: sessions attended against those the certificate needs. */
    @Transactional(readOnly = true)
    public List<Certificates.Progress> certificates(long cooperativeId) {
        return certificates.progress(cooperativeId);
    }

    /** The programmes in which at least one of the cooperative's participants was marked present. */
    public Set<Long> programmesAttended(long cooperativeId) {
        return Set.copyOf(jdbc.sql(SQL.get("TrainingRecord.programmesAttended")).param("c", cooperativeId)
                .query(Long.class)
                .list());
    }

    /** Every programme, latest first, to choose from (at most 200). */
    @Transactional(readOnly = true)
    public List<ProgrammeOption> programmes() {
        return jdbc.sql(SQL.get("TrainingRecord.programmes"))
                .query(ProgrammeOption.class).list();
    }

    public Optional<String> programmeTitle(long id) {
        return jdbc.sql(SQL.get("TrainingRecord.programmeTitle")).param("id", id).query(String.class)
                .optional();
    }

    public record Diagnostic(Instant takenAt, Map<Dimension, Integer> scores) {
    }

    @Transactional(readOnly = true)
    public Optional<Diagnostic> latestDiagnostic(long cooperativeId) {
        return diagnostics.history(cooperativeId).stream().findFirst()
                .map(result -> new Diagnostic(result.takenAt(), result.scores()));
    }
}
