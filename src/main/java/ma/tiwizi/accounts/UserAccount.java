package ma.tiwizi.accounts;

import java.time.Instant;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An account. A COOP account always names its cooperative; staff accounts never do. */
@Table("accounts_user")
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String phone;
    private String passwordHash;
    private Role role;
    private Long cooperativeId;
    private boolean enabled;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    UserAccount() {
    }

    static UserAccount create(String username, String displayName, String email, String passwordHash, Role role,
            Long cooperativeId, Instant now) {
        var account = new UserAccount();
        account.username = username;
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.createdAt = now;
        account.change(displayName, email, role, cooperativeId, now);
        return account;
    }

    void change(String displayName, String email, Role role, Long cooperativeId, Instant now) {
        if (role == Role.COOP && cooperativeId == null) {
            throw new IllegalArgumentException("a COOP account belongs to a cooperative");
        }
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.cooperativeId = role == Role.COOP ? cooperativeId : null;
        this.updatedAt = now;
    }

    void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** The user's own mobile number (+212…), for a forgotten password; null to forget it. */
    void changePhone(String phone, Instant now) {
        this.phone = phone;
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** The user as signed in; locks are kept apart, per typed username ({@link SignInThrottle}). */
    TiwiziPrincipal principal() {
        return new TiwiziPrincipal(id, username, passwordHash, displayName, role, cooperativeId, enabled, true);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String phone() {
        return phone;
    }

    Role role() {
        return role;
    }

    Long cooperativeId() {
        return cooperativeId;
    }

    boolean enabled() {
        return enabled;
    }

    Integer version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }
}
