package ma.tiwizi.administration.assembly;

import java.util.Optional;
import ma.tiwizi.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose assembly this is, for method security ({@code @PreAuthorize("@assemblyAccess.holds(#id)")}): the cooperative
 * that holds it writes it; staff read it. An id that does not exist is let through so the service answers 404.
 */
@Component("assemblyAccess")
class AssemblyAccess {

    private final JdbcClient jdbc;

    AssemblyAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean holds(long id) {
        var user = CurrentUser.find();
        var cooperative = cooperativeOf(id);
        return user.isPresent() && (cooperative.isEmpty() || user.get().ownsCooperative(cooperative.get()));
    }

    public boolean reads(long id) {
        var user = CurrentUser.find();
        var cooperative = cooperativeOf(id);
        return user.isPresent() && (cooperative.isEmpty() || user.get().canRead(cooperative.get()));
    }

    private Optional<Long> cooperativeOf(long id) {
        return jdbc.sql("select cooperative_id from administration_assembly where id = :id").param("id", id)
                .query(Long.class).optional();
    }
}
