package ma.tiwizi.platform;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Morocco's time: instants are stored in UTC and every date a person reads or types is in this zone. */
public final class Morocco {

    /** The zone's name, for annotations ({@code @Scheduled(zone = …)}). */
    public static final String ZONE_ID = "Africa/Casablanca";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    /** A day as people here write and type it: 05/07/2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Morocco() {
    }
}
