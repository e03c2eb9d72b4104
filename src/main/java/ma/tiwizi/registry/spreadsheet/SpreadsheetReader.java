package ma.tiwizi.registry.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx file or a .csv file (comma or semicolon, UTF-8) into rows of named cells.
 * Refuses — with a message key — anything that is not a spreadsheet, is too large, or lacks the template's columns.
 */
final class SpreadsheetReader {

    record Sheet(List<String> header, List<Map<String, String>> rows) {
    }

    static final class Refused extends Exception {
        final String messageKey;
        final Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    private SpreadsheetReader() {
    }

    static Sheet read(String filename, byte[] content, int maxRows) throws Refused {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> lines;
        if (isXlsx(content)) {
            lines = xlsx(content, maxRows);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            lines = csv(content, maxRows);
        } else {
            throw new Refused("registry.import.error.notSpreadsheet");
        }
        if (lines.isEmpty()) {
            throw new Refused("registry.import.error.empty");
        }
        List<String> header = lines.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = SpreadsheetColumns.REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(h -> !h.isEmpty() && !SpreadsheetColumns.IMPORT.contains(h))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new Refused("registry.import.error.columns", String.join(", ", missing),
                    String.join(", ", unknown));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    row.put(header.get(i), i < line.size() && line.get(i) != null ? line.get(i).strip() : "");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new Refused("registry.import.error.empty");
        }
        return new Sheet(header, rows);
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] content, int maxRows) throws Refused {
        XlsxGuard.check(content, maxRows);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            List<List<String>> lines = new ArrayList<>();
            try (var rows = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (lines.size() > maxRows) {
                        throw new Refused("registry.import.error.tooManyRows", maxRows);
                    }
                    List<String> line = new ArrayList<>();
                    for (int i = 0; i < Math.min(row.getCellCount(), XlsxGuard.MAX_COLUMN); i++) {
                        line.add(text(row.getCell(i)));
                    }
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Refused("registry.import.error.notSpreadsheet");
        }
    }

    /** Dates typed as dates in Excel arrive as day numbers: turned back into dd/MM/yyyy. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            var number = cell.asNumber();
            String raw = cell.getRawValue();
            if (cell.getDataFormatString() != null && looksLikeDateFormat(cell.getDataFormatString())) {
                LocalDate date = LocalDate.of(1899, 12, 30).plusDays(number.longValue());
                return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            }
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : raw;
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static boolean looksLikeDateFormat(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return f.contains("d") && f.contains("m") && f.contains("y");
    }

    private static List<List<String>> csv(byte[] content, int maxRows) throws Refused {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("registry.import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused("registry.import.error.notSpreadsheet");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> lines = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (lines.size() > maxRows) {
                    throw new Refused("registry.import.error.tooManyRows", maxRows);
                }
                lines.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("registry.import.error.notSpreadsheet");
        }
        return lines;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
