package ma.tiwizi.platform;

import java.time.ZoneId;

/** Morocco's time: instants are stored in UTC and every date a person reads or types is in this zone. */
public final class Morocco {

    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private Morocco() {
    }
}
