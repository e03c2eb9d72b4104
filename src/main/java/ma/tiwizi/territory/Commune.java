package ma.tiwizi.territory;

import java.util.Locale;

/**
 * A commune (municipality or rural commune) with the cercle and caidat, province and region it belongs to. Each name
 * is kept in French (the key filters use) and in Arabic (what Arabic pages show).
 */
public record Commune(long id, String code, String kind, String region, String province, String cercle,
        String caidat, String nameFr, String nameAr, String regionAr, String provinceAr, String cercleAr,
        String caidatAr) {

    /** The name in the reader's language; a place whose Arabic name is unknown shows the French one. */
    public String name(Locale locale) {
        return inLanguage(nameFr, nameAr, locale);
    }

    public String cercleName(Locale locale) {
        return inLanguage(cercle, cercleAr, locale);
    }

    public String caidatName(Locale locale) {
        return inLanguage(caidat, caidatAr, locale);
    }

    public String provinceName(Locale locale) {
        return inLanguage(province, provinceAr, locale);
    }

    public String regionName(Locale locale) {
        return inLanguage(region, regionAr, locale);
    }

    public boolean municipality() {
        return "municipality".equals(kind);
    }

    static String inLanguage(String french, String arabic, Locale locale) {
        if ("ar".equals(locale.getLanguage()) && arabic != null && !arabic.isBlank()) {
            return arabic;
        }
        return french;
    }
}
