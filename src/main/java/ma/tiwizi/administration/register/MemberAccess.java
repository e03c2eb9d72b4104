package ma.tiwizi.administration.register;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose register line this is, for method security: only the cooperative that keeps the register writes it. */
@Component("memberAccess")
@RequiredArgsConstructor
class MemberAccess {

    private static final Queries SQL = Queries.of("administration");

    private final JdbcClient jdbc;

    public boolean holds(long memberId) {
        return Access.holds(cooperativeOf(memberId), TiwiziPrincipal::ownsCooperative);
    }

    private Optional<Long> cooperativeOf(long memberId) {
        return jdbc.sql(SQL.get("MemberAccess.cooperativeOf")).param("id", memberId)
                .query(Long.class).optional();
    }
}
