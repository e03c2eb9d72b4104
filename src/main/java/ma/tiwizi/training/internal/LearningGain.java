package ma.tiwizi.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.StaffOnly;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre- and post-tests: a module's short multiple-choice test, taken by each participant on their phone before and after
 * a session, through a link the trainer shows (signed, so it cannot be made up for another session). Learning gain is
 * the post-test score minus the pre-test score, in percentage points, over the participants who took both.
 */
@Service
@RequiredArgsConstructor
public class LearningGain {

    private static final Queries SQL = Queries.of("training");

    /** How long after a session its post-test stays open. */
    static final Duration POST_TEST_OPEN = Duration.ofDays(7);

    public enum Phase {
        PRE, POST
    }

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final SessionCodes codes;
    private final CooperativeRegistry registry;
    private final CommuneDirectory communes;
    private final Programmes programmes;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;

    public record Question(long id, String textAr, String textFr, String textEn, List<String> choicesAr,
            List<String> choicesFr, List<String> choicesEn, int correct) {

        public String text(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ar" -> textAr;
                case "fr" -> textFr;
                default -> textEn;
            };
        }

        public List<String> choices(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ar" -> choicesAr;
                case "fr" -> choicesFr;
                default -> choicesEn;
            };
        }
    }

    /** The module's questions, in the order they were written. */
    @Transactional(readOnly = true)
    public List<Question> questions(long moduleId) {
        return jdbc.sql(SQL.get("LearningGain.questions")).param("m", moduleId)
                .query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        QuestionForm.lines(rs.getString(5)), QuestionForm.lines(rs.getString(6)),
                        QuestionForm.lines(rs.getString(7)), rs.getInt(8))).list();
    }

    @Transactional
    @AdminOnly
    public long addQuestion(long moduleId, QuestionForm form) {
        programmes.module(moduleId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("LearningGain.addQuestion"))
                .param("m", moduleId).param("textAr", form.textAr().strip()).param("textFr", form.textFr().strip())
                .param("textEn", form.textEn().strip())
                .param("choicesAr", String.join("\n", QuestionForm.lines(form.choicesAr())))
                .param("choicesFr", String.join("\n", QuestionForm.lines(form.choicesFr())))
                .param("choicesEn", String.join("\n", QuestionForm.lines(form.choicesEn())))
                .param("correct", form.correct()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(Audited.by("create", "question", id, form.textFr().strip()));
        return id;
    }

    /** Removes a question; scores already given stay as they were. Returns the question's module. */
    @Transactional
    @AdminOnly
    public long removeQuestion(long questionId) {
        long module = jdbc.sql(SQL.get("LearningGain.moduleOfQuestion")).param("id", questionId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("question", questionId));
        jdbc.sql(SQL.get("LearningGain.removeQuestion")).param("id", questionId).update();
        events.publishEvent(Audited.by("delete", "question", questionId, ""));
        return module;
    }

    /** The public address a participant opens to take the test; only this server can make its key. */
    public String link(long sessionId, Phase phase) {
        return publicAddress.of(path(sessionId, phase)) + "?key=" + codes.sign(message(sessionId, phase));
    }

    /** The test as a participant sees it, refused when the key is wrong. */
    public record Test(Enrolments.SessionInfo session, Phase phase, List<Question> questions, boolean open) {
    }

    @Transactional(readOnly = true)
    public Test open(long sessionId, Phase phase, String key) {
        if (!codes.matches(key, message(sessionId, phase))) {
            throw new TrainingRefused("training.error.testKey", null);
        }
        var session = enrolments.session(sessionId);
        return new Test(session, phase, questions(session.moduleId()), isOpen(session, phase));
    }

    public record Result(String fullName, int score, int outOf) {
        public int percent() {
            return outOf == 0 ? 0 : Math.round(score * 100f / outOf);
        }
    }

    /**
     * Scores the answers of the seated participant with this phone. Each participant takes each test once; a retried
     * submit is refused, not counted twice.
     */
    @Transactional
    public Result take(long sessionId, Phase phase, String key, String phone, Map<Long, Integer> answers) {
        var test = open(sessionId, phase, key);
        if (!test.open()) {
            throw new TrainingRefused(phase == Phase.PRE ? "training.error.preTestClosed"
                    : "training.error.postTestClosed", null);
        }
        String normalized = MoroccanPhone.normalize(phone)
                .orElseThrow(() -> new TrainingRefused("platform.error.phone", "phone"));
        var participant = jdbc.sql(SQL.get("LearningGain.participantsOfSession")).param("s", sessionId)
                .param("phone", normalized).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .optional().orElseThrow(() -> new TrainingRefused("training.error.notOnList", "phone"));
        if (test.questions().stream().anyMatch(q -> answers.get(q.id()) == null)) {
            throw new TrainingRefused("training.error.answerAll", null);
        }
        int score = (int) test.questions().stream().filter(q -> answers.get(q.id()) == q.correct()).count();
        try {
            jdbc.sql(SQL.get("LearningGain.recordTest")).param("p", participant.getKey())
                    .param("phase", phase.name()).param("score", score).param("outOf", test.questions().size())
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadyTaken) {
            throw new TrainingRefused("training.error.testTaken", null);
        }
        events.publishEvent(Audited.by("test", "participant", participant.getKey(),
                phase + " " + score + "/" + test.questions().size()));
        return new Result(participant.getValue(), score, test.questions().size());
    }

    /** Average scores before and after, over the participants who took both tests. */
    public record Gain(String labelAr, String labelFr, String labelEn, int participants, BigDecimal pre,
            BigDecimal post) {

        public String label(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ar" -> labelAr;
                case "fr" -> labelFr;
                default -> labelEn;
            };
        }

        /** Post minus pre, in percentage points. */
        public BigDecimal gain() {
            return post.subtract(pre);
        }
    }

    public record Learning(Gain overall, List<Gain> byModule, List<Gain> bySession, List<Gain> byCommune,
            List<Gain> bySex) {
    }

    /** Learning gain in a programme, overall and by module, session, commune and sex; null before any pair of tests. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Learning gain(long programmeId) {
        var pairs = jdbc.sql(SQL.get("LearningGain.gain")).param("g", programmeId)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5), percent(rs.getInt(6), rs.getInt(7)),
                        percent(rs.getInt(8), rs.getInt(9)))).list();
        if (pairs.isEmpty()) {
            return null;
        }
        var modules = new LinkedHashMap<Long, Programmes.Module>();
        programmes.modules().forEach(m -> modules.put(m.id(), m));
        var communeOf = new LinkedHashMap<Long, Long>();
        registry.views(pairs.stream().map(Pair::cooperative).distinct().toList())
                .forEach(c -> communeOf.put(c.id(), c.communeId()));
        var overall = rows(pairs, pair -> "", key -> labels(t("training.report.overall", "ar"),
                t("training.report.overall", "fr"), t("training.report.overall", "en")));
        return new Learning(overall.get(0),
                rows(pairs, Pair::module, id -> {
                    var m = modules.get(id);
                    return labels(m.titleAr(), m.titleFr(), m.titleEn());
                }),
                rows(pairs, pair -> new SessionKey(pair.session(), pair.module(), pair.heldOn()), key -> {
                    var m = modules.get(key.module());
                    String day = " — " + key.heldOn().format(DateTimeFormatter.ofPattern(
                            "dd/MM/yyyy"));
                    return labels(m.titleAr() + day, m.titleFr() + day, m.titleEn() + day);
                }),
                rows(pairs, pair -> communeOf.getOrDefault(pair.cooperative(), 0L), id -> communes.find(id)
                        .map(c -> labels(c.name(Locale.forLanguageTag("ar")), c.nameFr(), c.nameFr()))
                        .orElse(labels("—", "—", "—"))),
                rows(pairs, Pair::sex, sex -> labels(t("training.sex." + sex, "ar"), t("training.sex." + sex, "fr"),
                        t("training.sex." + sex, "en"))));
    }

    private record SessionKey(long session, long module, LocalDate heldOn) {
    }

    private record Pair(long session, long module, LocalDate heldOn, long cooperative, String sex,
            BigDecimal pre, BigDecimal post) {
    }

    private static <K> List<Gain> rows(List<Pair> pairs, Function<Pair, K> key, Function<K, String[]> label) {
        var groups = new LinkedHashMap<K, List<Pair>>();
        pairs.forEach(pair -> groups.computeIfAbsent(key.apply(pair), k -> new ArrayList<>()).add(pair));
        return groups.entrySet().stream().map(group -> {
            String[] labels = label.apply(group.getKey());
            var members = group.getValue();
            return new Gain(labels[0], labels[1], labels[2], members.size(), average(members, Pair::pre),
                    average(members, Pair::post));
        }).toList();
    }

    private static BigDecimal average(List<Pair> pairs, Function<Pair, BigDecimal> value) {
        return pairs.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(pairs.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(int score, int outOf) {
        return BigDecimal.valueOf(score * 100L).divide(BigDecimal.valueOf(outOf), 4, RoundingMode.HALF_UP);
    }

    private static String[] labels(String ar, String fr, String en) {
        return new String[] {ar, fr, en};
    }

    private String t(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private boolean isOpen(Enrolments.SessionInfo session, Phase phase) {
        Instant now = clock.instant();
        return phase == Phase.PRE ? now.isBefore(session.end())
                : !now.isBefore(session.start()) && now.isBefore(session.end().plus(POST_TEST_OPEN));
    }

    static String path(long sessionId, Phase phase) {
        return "/learning/" + sessionId + "/" + phase.name().toLowerCase(Locale.ROOT);
    }

    private static String message(long sessionId, Phase phase) {
        return "learning:" + sessionId + ":" + phase.name();
    }
}
