package ma.tiwizi.platform.text;

import java.util.regex.Pattern;

/**
 * The ICE (Identifiant Commun de l'Entreprise): exactly 15 digits (9 for the entity, 4 for the establishment, 2 of
 * control). The control rule is not published, so only the form is checked.
 */
public final class Ice {

    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("\\d{15}");

    private Ice() {
    }

    /** Digits only, spaces removed, Arabic-Indic digits read as Latin. */
    public static String clean(String typed) {
        return typed == null ? "" : SearchText.normalize(typed).replaceAll("[\\s.\\-]", "");
    }

    public static boolean isValid(String typed) {
        return FIFTEEN_DIGITS.matcher(clean(typed)).matches();
    }
}
