package ma.tiwizi.accounts;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Queries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions, which live in the database (Spring Session JDBC, indexed by principal name): their next
 * request finds no session and is asked to sign in. Runs in the caller's transaction, so a refused change ends none.
 */
@Component
@RequiredArgsConstructor
class SignedInSessions {

    private static final Queries SQL = Queries.of("accounts");

    private final JdbcClient jdbc;

    /** Every session of the user ends now. */
    int endAll(String username) {
        return jdbc.sql(SQL.get("SignedInSessions.endAll")).param("u", username).update();
    }

    /** Every session of the user but the one making the request (a user who just proved their password). */
    int endAllBut(String username, String keptSessionId) {
        return jdbc.sql(SQL.get("SignedInSessions.endAllBut"))
                .param("u", username).param("kept", keptSessionId == null ? "" : keptSessionId).update();
    }
}
