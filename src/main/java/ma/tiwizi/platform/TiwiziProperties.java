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
        @DefaultValue Imports imports,
        @DefaultValue Passwords passwords,
        @DefaultValue Sessions sessions,
        @DefaultValue Images images) {

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

    /** What a new password must be: long enough, and not guessable in fewer than 2^minEntropy tries. */
    public record Passwords(@DefaultValue("12") int minLength, @DefaultValue("20") double minEntropy) {
    }

    /** A signed-in session ends after {@code maxLifetime} whatever its activity (the idle timeout is Spring's). */
    public record Sessions(@DefaultValue("12h") Duration maxLifetime) {
    }

    /**
     * Photos: refused above {@code maxPixels} (read from the header, before decoding), and at most {@code concurrent}
     * decoded at once, so that a burst of large photos cannot exhaust the memory.
     */
    public record Images(@DefaultValue("24000000") long maxPixels, @DefaultValue("2") int concurrent) {
    }

    public record Imports(@DefaultValue("2MB") DataSize maxSize, @DefaultValue("5000") int maxRows) {
    }
}
