package ma.tiwizi.registry.spreadsheet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziProperties;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.text.Ice;
import ma.tiwizi.platform.text.SearchText;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.RegistrationNumber;
import ma.tiwizi.registry.RegistryRefused;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import ma.tiwizi.territory.Commune;
import ma.tiwizi.territory.CommuneDirectory;
import org.apache.commons.csv.CSVFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports cooperatives from a spreadsheet in two steps: the upload is kept aside and previewed row by row; only the
 * administrator's confirmation saves the valid rows, all in one transaction, once.
 */
@AdminOnly
@Service
public class CooperativeImport {

    private static final Queries SQL = Queries.of("registry");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final CommuneDirectory communes;
    private final Validator validator;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TiwiziProperties.Imports limits;
    private final Clock clock;

    CooperativeImport(JdbcClient jdbc, CooperativeRegistry registry, CommuneDirectory communes, Validator validator,
            MessageSource messages, ApplicationEventPublisher events, TiwiziProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.communes = communes;
        this.validator = validator;
        this.messages = messages;
        this.events = events;
        this.limits = properties.imports();
        this.clock = clock;
    }

    /** One row of the file: its line number, what it said, and either the cooperative it describes or why not. */
    public record RowResult(int line, Map<String, String> cells, CooperativeForm form, List<String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public record Preview(String id, String filename, List<RowResult> rows, boolean confirmed, Integer saved) {
        public long validCount() {
            return rows.stream().filter(RowResult::valid).count();
        }

        public long rejectedCount() {
            return rows.size() - validCount();
        }
    }

    /** Keeps an uploaded file aside for preview; a file that is not a usable spreadsheet is refused and not kept. */
    @Transactional
    public String upload(String filename, byte[] content) {
        if (content.length == 0) {
            throw new RegistryRefused("registry.import.error.empty", "file");
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw new RegistryRefused("registry.import.error.tooLarge", "file", limits.maxSize().toKilobytes());
        }
        read(filename, content);
        String id = UUID.randomUUID().toString();
        jdbc.sql(SQL.get("CooperativeImport.upload"))
                .param("id", id).param("user", CurrentUser.username())
                .param("name", filename == null ? "upload" : filename).param("content", content)
                .param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    @Transactional(readOnly = true)
    public Preview preview(String id) {
        var stored = load(id);
        if (stored.confirmedAt() != null) {
            return new Preview(id, stored.filename(), List.of(), true, stored.savedCount());
        }
        return new Preview(id, stored.filename(), check(read(stored.filename(), stored.content()).rows()), false,
                null);
    }

    /**
     * Saves every valid row in one transaction and keeps the rejected ones for download. A second confirmation of
     * the same upload (a double click, a retried request) saves nothing more.
     */
    @Transactional
    public int confirm(String id) {
        var stored = load(id);
        int claimed = jdbc.sql(SQL.get("CooperativeImport.markConfirmed"))
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (claimed == 0) {
            return stored.savedCount() == null ? 0 : stored.savedCount();
        }
        List<RowResult> rows = check(read(stored.filename(), stored.content()).rows());
        int saved = 0;
        for (RowResult row : rows) {
            if (row.valid()) {
                registry.register(row.form());
                saved++;
            }
        }
        jdbc.sql(SQL.get("CooperativeImport.recordOutcome"))
                .param("saved", saved).param("rejected", rejectedCsv(rows)).param("empty", new byte[0])
                .param("id", id).update();
        events.publishEvent(Audited.by("import", "cooperative", id, stored.filename() + ": " + saved + " saved, "
                + (rows.size() - saved) + " rejected"));
        return saved;
    }

    /** The rejected rows with their reasons, as CSV (UTF-8 with BOM so spreadsheet programs read Arabic). */
    @Transactional(readOnly = true)
    public byte[] rejected(String id) {
        var stored = load(id);
        if (stored.confirmedAt() != null) {
            return stored.rejected() == null ? rejectedCsv(List.of()) : stored.rejected();
        }
        return rejectedCsv(check(read(stored.filename(), stored.content()).rows()));
    }

    private List<RowResult> check(List<Map<String, String>> rows) {
        List<List<String>> errorsByRow = new ArrayList<>();
        List<CooperativeForm> forms = new ArrayList<>();
        for (Map<String, String> cells : rows) {
            List<String> errors = new ArrayList<>();
            forms.add(toForm(cells, errors));
            errorsByRow.add(errors);
        }
        Set<String> takenNumbers = existing("CooperativeImport.takenNumbers",
                forms.stream().map(f -> RegistrationNumber.Rule.clean(f.registrationNumber())).toList());
        Set<String> takenIces = existing("CooperativeImport.takenIces", forms.stream().map(f -> Ice.clean(f.ice()))
                .toList());
        Set<String> numbers = new HashSet<>();
        Set<String> ices = new HashSet<>();
        List<RowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CooperativeForm form = forms.get(i);
            List<String> errors = errorsByRow.get(i);
            for (ConstraintViolation<CooperativeForm> v : validator.validate(form)) {
                String column = column(v.getPropertyPath().toString());
                if (!alreadyReported(errors, column)) {
                    errors.add(column + ": " + v.getMessage());
                }
            }
            String number = RegistrationNumber.Rule.clean(form.registrationNumber());
            if (number != null && !number.isBlank()) {
                if (!numbers.add(number)) {
                    errors.add("registration_number: " + t("registry.import.error.duplicateInFile", number));
                } else if (takenNumbers.contains(number)) {
                    errors.add("registration_number: " + t("registry.error.registrationNumberTaken", number));
                }
            }
            String ice = Ice.clean(form.ice());
            if (Ice.isValid(ice)) {
                if (!ices.add(ice)) {
                    errors.add("ice: " + t("registry.import.error.duplicateInFile", ice));
                } else if (takenIces.contains(ice)) {
                    errors.add("ice: " + t("registry.error.iceTaken", ice));
                }
            }
            results.add(new RowResult(i + 2, rows.get(i), form, List.copyOf(errors)));
        }
        return results;
    }

    /** Which of these values the registry already holds (the query says where), asked a thousand at a time. */
    private Set<String> existing(String query, List<String> values) {
        List<String> wanted = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += 1000) {
            var batch = wanted.subList(from, Math.min(wanted.size(), from + 1000));
            found.addAll(jdbc.sql(SQL.get(query))
                    .param("v", batch).query(String.class).list());
        }
        return found;
    }

    private CooperativeForm toForm(Map<String, String> c, List<String> errors) {
        return new CooperativeForm(c.getOrDefault("name_ar", ""), c.getOrDefault("name_latin", ""),
                choice(LegalForm.class, "legal_form", c, errors), c.getOrDefault("registration_number", ""),
                date("created_on", c, errors), c.getOrDefault("ice", ""), commune(c, errors),
                choice(Sector.class, "sector", c, errors), c.getOrDefault("activity", ""),
                c.getOrDefault("phone", ""), c.getOrDefault("email", ""), c.getOrDefault("president_name", ""),
                choice(Sex.class, "president_sex", c, errors), number("president_birth_year", c, errors),
                number("members_women", c, errors), number("members_men", c, errors),
                orZero(number("women_under_35", c, errors)), orZero(number("men_under_35", c, errors)), null);
    }

    private Long commune(Map<String, String> c, List<String> errors) {
        String value = c.getOrDefault("commune", "");
        if (value.isBlank()) {
            return null;
        }
        Optional<Long> id = communes.findByName(value).map(Commune::id);
        if (id.isEmpty()) {
            errors.add("commune: " + t("registry.import.error.commune", value));
        }
        return id.orElse(null);
    }

    /** An option given as its code (SAFFRON, F) or as its label in Arabic, French or English. */
    private <E extends Enum<E>> E choice(Class<E> type, String column, Map<String, String> c, List<String> errors) {
        String value = c.getOrDefault(column, "");
        if (value.isBlank()) {
            return null;
        }
        String wanted = SearchText.normalize(value);
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value.strip())) {
                return option;
            }
            for (Locale locale : Locales.SUPPORTED) {
                String label = messages.getMessage("registry." + type.getSimpleName().toLowerCase(Locale.ROOT)
                        + "." + option.name(), null, "", locale);
                if (!label.isEmpty() && SearchText.normalize(label).equals(wanted)) {
                    return option;
                }
            }
        }
        errors.add(column + ": " + t("registry.import.error.choice", value));
        return null;
    }

    private LocalDate date(String column, Map<String, String> c, List<String> errors) {
        String value = c.getOrDefault(column, "");
        if (value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        errors.add(column + ": " + t("registry.import.error.date", value));
        return null;
    }

    private Integer number(String column, Map<String, String> c, List<String> errors) {
        String value = c.getOrDefault(column, "");
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(SearchText.normalize(value).replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(column + ": " + t("registry.import.error.number", value));
            return -1;
        }
    }

    private static Integer orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The form's property as the spreadsheet column that holds it. */
    private static String column(String property) {
        return switch (property) {
            case "womenUnder35WithinWomen", "womenUnder35" -> "women_under_35";
            case "menUnder35WithinMen", "menUnder35" -> "men_under_35";
            case "birthYearPast" -> "president_birth_year";
            case "communeId" -> "commune";
            default -> property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        };
    }

    private static boolean alreadyReported(List<String> errors, String column) {
        return errors.stream().anyMatch(e -> e.startsWith(column + ": "));
    }

    private byte[] rejectedCsv(List<RowResult> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>();
            header.add("line");
            header.addAll(SpreadsheetColumns.IMPORT);
            header.add("errors");
            try (var printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                    .print(writer)) {
                for (RowResult row : rows.stream().filter(r -> !r.valid())
                        .sorted(Comparator.comparingInt(RowResult::line)).toList()) {
                    List<String> values = new ArrayList<>();
                    values.add(String.valueOf(row.line()));
                    SpreadsheetColumns.IMPORT.forEach(col -> values.add(
                            SpreadsheetColumns.neutralise(row.cells().getOrDefault(col, ""))));
                    values.add(SpreadsheetColumns.neutralise(String.join(" | ", row.errors())));
                    printer.printRecord(values);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private SpreadsheetReader.Sheet read(String filename, byte[] content) {
        try {
            return SpreadsheetReader.read(filename, content, limits.maxRows());
        } catch (SpreadsheetReader.Refused e) {
            throw new RegistryRefused(e.messageKey, "file", e.arguments);
        }
    }

    private record Stored(String filename, byte[] content, String username, Timestamp confirmedAt,
            Integer savedCount, byte[] rejected) {
    }

    private Stored load(String id) {
        var stored = jdbc.sql(SQL.get("CooperativeImport.load")).param("id", id)
                .query((rs, n) -> new Stored(rs.getString("filename"), rs.getBytes("content"),
                        rs.getString("username"), rs.getTimestamp("confirmed_at"),
                        (Integer) rs.getObject("saved_count", Integer.class), rs.getBytes("rejected")))
                .optional().orElseThrow(() -> new NotFoundException("import", id));
        if (!stored.username().equals(CurrentUser.username())) {
            throw new NotFoundException("import", id);
        }
        return stored;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
