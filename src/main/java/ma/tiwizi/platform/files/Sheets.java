package ma.tiwizi.platform.files;

import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** New sheets of an exported workbook, laid out right to left when written in Arabic, as Excel shows Arabic. */
public final class Sheets {

    private Sheets() {
    }

    public static Worksheet add(Workbook workbook, String name, Locale locale) {
        Worksheet sheet = workbook.newWorksheet(name);
        if ("ar".equals(locale.getLanguage())) {
            sheet.rightToLeft();
        }
        return sheet;
    }
}
