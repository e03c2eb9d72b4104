package ma.tiwizi.registry;

import java.util.Locale;

/** What anyone may know of a cooperative (its storefront shows it): name, commune, sector and leadership. */
public record PublicProfile(long id, String nameAr, String nameLatin, long communeId, Sector sector, boolean womenLed,
        boolean youthLed, boolean active) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
    }
}
