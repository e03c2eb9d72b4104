package ma.tiwizi.registry.spreadsheet;

import java.util.List;

/**
 * The columns of the import template and of exports, in order. Names are stable English codes so a file works in any
 * interface language; the template's second sheet explains each one in the user's language.
 */
final class SpreadsheetColumns {

    static final List<String> IMPORT = List.of("name_ar", "name_latin", "legal_form", "registration_number",
            "created_on", "ice", "commune", "sector", "activity", "phone", "email", "president_name",
            "president_sex", "president_birth_year", "members_women", "members_men", "women_under_35",
            "men_under_35");

    static final List<String> REQUIRED = List.of("name_ar", "name_latin", "legal_form", "registration_number",
            "created_on", "commune", "sector", "president_name", "president_sex", "members_women", "members_men");

    static final List<String> EXPORT = List.of("name_ar", "name_latin", "legal_form", "registration_number",
            "created_on", "ice", "commune", "cercle", "sector", "activity", "phone", "email", "president_name",
            "president_sex", "president_birth_year", "members_women", "members_men", "women_under_35",
            "men_under_35", "status", "women_led", "youth_led", "newly_created", "women_and_youth_share");

    private SpreadsheetColumns() {
    }

    /**
     * A cell that a spreadsheet program would run as a formula (= + - @, tab, carriage return) gets a leading
     * apostrophe, so an exported name can never execute.
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
