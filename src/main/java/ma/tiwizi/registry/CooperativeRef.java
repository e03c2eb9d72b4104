package ma.tiwizi.registry;

import java.util.Locale;

/** Enough of a cooperative to name it and link to it. */
public record CooperativeRef(long id, String nameAr, String nameLatin, String registrationNumber) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
    }
}
