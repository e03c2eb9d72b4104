package ma.tiwizi.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.files.Sheets;
import ma.tiwizi.registry.CooperativeRegistry;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's results: cooperatives reached (at least one participant marked present) against the target, who took
 * part by sex and age band, the share of women-led, youth-led and newly created cooperatives among those reached,
 * and the attendance rate — on screen and as a spreadsheet. A person is counted once per programme (by cooperative and telephone).
 */
@Service
@RequiredArgsConstructor
public class ProgrammeReport {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final Programmes programmes;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final LearningGain learningGain;

    public record Report(Programmes.Programme programme, int reached, int womenLed, int youthLed, int newlyCreated,
            Map<ParticipantForm.Sex, Map<ParticipantForm.AgeBand, Integer>> participants, int marked, int present,
            int ratings, int ratingSum, LearningGain.Learning learning) {

        /** The average satisfaction out of 5, to one decimal; null before any rating. */
        public BigDecimal satisfaction() {
            return ratings == 0 ? null
                    : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratings), 1, RoundingMode.HALF_UP);
        }

        public BigDecimal reachedShareOfTarget() {
            return percent(reached, programme.targetCooperatives());
        }

        public BigDecimal share(int count) {
            return percent(count, reached);
        }

        /** Present among the seated participants whose attendance was marked, in percent; null before any mark. */
        public BigDecimal attendanceRate() {
            return percent(present, marked);
        }

        public int total(ParticipantForm.Sex sex) {
            return participants.get(sex).values().stream().mapToInt(Integer::intValue).sum();
        }

        private static BigDecimal percent(int part, int whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Report of(long programmeId) {
        var programme = programmes.get(programmeId);
        var reachedIds = jdbc.sql(SQL.get("ProgrammeReport.reached"))
                .param("g", programmeId).query(Long.class).list();
        var reached = registry.views(reachedIds);
        var participants = new EnumMap<ParticipantForm.Sex, Map<ParticipantForm.AgeBand, Integer>>(
                ParticipantForm.Sex.class);
        for (var sex : ParticipantForm.Sex.values()) {
            var bands = new EnumMap<ParticipantForm.AgeBand, Integer>(ParticipantForm.AgeBand.class);
            for (var band : ParticipantForm.AgeBand.values()) {
                bands.put(band, 0);
            }
            participants.put(sex, bands);
        }
        jdbc.sql(SQL.get("ProgrammeReport.participants"))
                .param("g", programmeId).query(rs -> {
                    participants.get(ParticipantForm.Sex.valueOf(rs.getString(1)))
                            .put(ParticipantForm.AgeBand.valueOf(rs.getString(2)), rs.getInt(3));
                });
        int marked = jdbc.sql(SQL.get("ProgrammeReport.marked")).param("g", programmeId)
                .query(Integer.class).single();
        int present = jdbc.sql(SQL.get("ProgrammeReport.present")).param("g", programmeId)
                .query(Integer.class).single();
        var rated = jdbc.sql(SQL.get("ProgrammeReport.rated")).param("g", programmeId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new Report(programme, reached.size(), (int) reached.stream().filter(c -> c.womenLed()).count(),
                (int) reached.stream().filter(c -> c.youthLed()).count(),
                (int) reached.stream().filter(c -> c.newlyCreated()).count(), participants, marked, present,
                rated[0], rated[1], learningGain.gain(programmeId));
    }

    /** The same figures as a workbook: one sheet of indicators, one of participants by sex and age band. */
    @AdminOnly
    @Transactional(readOnly = true)
    public byte[] xlsx(long programmeId, Locale locale) {
        var report = of(programmeId);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Tiwizi", "1.0");
            var sheet = Sheets.add(workbook, t("training.report.sheet", locale), locale);
            List<Object[]> rows = List.of(
                    new Object[] {t("training.field.title", locale), report.programme().title()},
                    new Object[] {t("training.report.target", locale), report.programme().targetCooperatives()},
                    new Object[] {t("training.report.reached", locale), report.reached()},
                    new Object[] {t("training.report.reachedShare", locale), report.reachedShareOfTarget()},
                    new Object[] {t("training.report.womenLed", locale), report.share(report.womenLed())},
                    new Object[] {t("training.report.youthLed", locale), report.share(report.youthLed())},
                    new Object[] {t("training.report.newlyCreated", locale), report.share(report.newlyCreated())},
                    new Object[] {t("training.report.attendanceRate", locale), report.attendanceRate()},
                    new Object[] {t("training.report.satisfaction", locale), report.satisfaction()});
            for (int r = 0; r < rows.size(); r++) {
                sheet.value(r, 0, (String) rows.get(r)[0]);
                Object value = rows.get(r)[1];
                if (value instanceof Number number) {
                    sheet.value(r, 1, number);
                } else if (value != null) {
                    sheet.value(r, 1, value.toString());
                }
            }
            var people = Sheets.add(workbook, t("training.report.participantsSheet", locale), locale);
            people.value(0, 0, t("training.field.ageBand", locale));
            int col = 1;
            for (var sex : ParticipantForm.Sex.values()) {
                people.value(0, col++, t("training.sex." + sex.name(), locale));
            }
            int row = 1;
            for (var band : ParticipantForm.AgeBand.values()) {
                people.value(row, 0, t("training.age." + band.name(), locale));
                col = 1;
                for (var sex : ParticipantForm.Sex.values()) {
                    people.value(row, col++, report.participants().get(sex).get(band));
                }
                row++;
            }
            if (report.learning() != null) {
                learningSheet(Sheets.add(workbook, t("training.report.learningSheet", locale), locale),
                        report.learning(), locale);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One block per grouping (overall, module, session, commune, sex): participants, before, after, gain. */
    private void learningSheet(Worksheet sheet, LearningGain.Learning learning, Locale locale) {
        int row = 0;
        var blocks = new LinkedHashMap<String, List<LearningGain.Gain>>();
        blocks.put("training.report.overall", List.of(learning.overall()));
        blocks.put("training.report.byModule", learning.byModule());
        blocks.put("training.report.bySession", learning.bySession());
        blocks.put("training.report.byCommune", learning.byCommune());
        blocks.put("training.report.bySex", learning.bySex());
        for (var block : blocks.entrySet()) {
            sheet.value(row, 0, t(block.getKey(), locale));
            sheet.value(row, 1, t("training.report.pairs", locale));
            sheet.value(row, 2, t("training.report.pre", locale));
            sheet.value(row, 3, t("training.report.post", locale));
            sheet.value(row, 4, t("training.report.gain", locale));
            sheet.style(row, 0).bold().set();
            row++;
            for (var gain : block.getValue()) {
                sheet.value(row, 0, gain.label(locale));
                sheet.value(row, 1, gain.participants());
                sheet.value(row, 2, gain.pre());
                sheet.value(row, 3, gain.post());
                sheet.value(row, 4, gain.gain());
                row++;
            }
            row++;
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
