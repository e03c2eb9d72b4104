package ma.tiwizi.administration.assembly;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose assembly this is, for method security ({@code @PreAuthorize("@assemblyAccess.holds(#id)")}): the cooperative
 * that holds it writes it; staff read it. An id that does not exist is let through so the service answers 404.
 */
@Component("assemblyAccess")
@RequiredArgsConstructor
class AssemblyAccess {

    private static final Queries SQL = Queries.of("administration");

    private final JdbcClient jdbc;

    public boolean holds(long id) {
        return Access.holds(cooperativeOf(id), TiwiziPrincipal::ownsCooperative);
    }

    public boolean reads(long id) {
        return Access.holds(cooperativeOf(id), TiwiziPrincipal::canRead);
    }

    private Optional<Long> cooperativeOf(long id) {
        return jdbc.sql(SQL.get("AssemblyAccess.cooperativeOf")).param("id", id)
                .query(Long.class).optional();
    }
}
