package ma.tiwizi.accounts;

import java.time.Instant;
import ma.tiwizi.platform.Role;

/** An account as lists and forms show it. */
public record AccountSummary(long id, String username, String displayName, String email, Role role,
        Long cooperativeId, boolean enabled, boolean locked, Instant createdAt, int version) {
}
