package ma.tiwizi.training;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the training module tells other modules about a cooperative: for now its latest capacity diagnostic (sessions
 * attended and certificates will join it). Readable by whoever may read the cooperative.
 */
@Service
public class TrainingRecord {

    private final Diagnostics diagnostics;

    TrainingRecord(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public record Diagnostic(Instant takenAt, Map<Dimension, Integer> scores) {
    }

    public Optional<Diagnostic> latestDiagnostic(long cooperativeId) {
        return diagnostics.history(cooperativeId).stream().findFirst()
                .map(result -> new Diagnostic(result.takenAt(), result.scores()));
    }
}
