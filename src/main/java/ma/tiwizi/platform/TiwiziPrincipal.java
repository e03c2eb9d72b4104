package ma.tiwizi.platform;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as every module sees it; kept in the (database-backed) HTTP session, hence serializable. */
public class TiwiziPrincipal extends User {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String displayName;
    private final Role role;
    private final Long cooperativeId;

    public TiwiziPrincipal(long userId, String username, String passwordHash, String displayName, Role role,
            Long cooperativeId, boolean enabled, boolean accountNonLocked) {
        super(username, passwordHash, enabled, true, true, accountNonLocked,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.userId = userId;
        this.displayName = displayName;
        this.role = role;
        this.cooperativeId = cooperativeId;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long cooperativeId() {
        return cooperativeId;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role != Role.COOP;
    }

    /** Staff read every cooperative; a COOP user only their own. */
    public boolean canRead(long cooperative) {
        return isStaff() || ownsCooperative(cooperative);
    }

    /** ADMIN edits every cooperative; a COOP user only their own profile. */
    public boolean canEdit(long cooperative) {
        return isAdmin() || ownsCooperative(cooperative);
    }

    public boolean ownsCooperative(long cooperative) {
        return role == Role.COOP && cooperativeId != null && cooperativeId == cooperative;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
