package ma.tiwizi.territory;

import java.util.Locale;

/** A commune (municipality or rural commune) with the cercle and caidat it belongs to. */
public record Commune(long id, String code, String kind, String region, String province, String cercle,
        String caidat, String nameFr, String nameAr) {

    /** The name in the reader's language; communes whose Arabic name is unknown show the French one. */
    public String name(Locale locale) {
        if ("ar".equals(locale.getLanguage()) && nameAr != null && !nameAr.isBlank()) {
            return nameAr;
        }
        return nameFr;
    }

    public boolean municipality() {
        return "municipality".equals(kind);
    }
}
