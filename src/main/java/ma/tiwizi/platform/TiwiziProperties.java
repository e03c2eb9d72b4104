package ma.tiwizi.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Every setting of Tiwizi's own, under {@code tiwizi.*}. */
@ConfigurationProperties("tiwizi")
public record TiwiziProperties(
        @DefaultValue Demo demo,
        @DefaultValue Login login,
        @DefaultValue Admin admin,
        @DefaultValue Imports imports) {

    /** Demo data (communes are reference data and always loaded; cooperatives and accounts only in demo mode). */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("tiwizi-demo") String password) {
    }

    /** Failed sign-ins: after {@code slowAfter} failures each try waits longer; after {@code lockAfter} the account locks. */
    public record Login(@DefaultValue("3") int slowAfter, @DefaultValue("1s") Duration delayStep,
            @DefaultValue("5") int lockAfter, @DefaultValue("15m") Duration lockFor) {
    }

    /** The first administrator of a production start; without a password a random one is printed once in the log. */
    public record Admin(@DefaultValue("admin") String username, String password, String email) {
    }

    public record Imports(@DefaultValue("2MB") DataSize maxSize, @DefaultValue("5000") int maxRows) {
    }
}
