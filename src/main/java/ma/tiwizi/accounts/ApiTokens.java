package ma.tiwizi.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.ApiTokenAuthenticator;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once when created, stored only as a SHA-256 hash, revocable. A token acts with its
 * owner's role and cooperative, and stops working when the owner is disabled.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens implements ApiTokenAuthenticator {

    private static final Queries SQL = Queries.of("accounts");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record TokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** Creates a token and returns it in clear: the only time anyone sees it. */
    @Transactional
    public String create(long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "tw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql(SQL.get("ApiTokens.create"))
                .param("user", userId).param("name", name).param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(Audited.by("create", "api-token", userId, name));
        return token;
    }

    public List<TokenSummary> active(long userId) {
        return jdbc.sql(SQL.get("ApiTokens.active"))
                .param("user", userId)
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    /** Revokes one of the user's own tokens; another user's token id changes nothing. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        boolean revoked = jdbc.sql(SQL.get("ApiTokens.revoke"))
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).param("user", userId)
                .update() == 1;
        if (revoked) {
            events.publishEvent(Audited.by("revoke", "api-token", userId, String.valueOf(tokenId)));
        }
        return revoked;
    }

    @Override
    @Transactional
    public Optional<TiwiziPrincipal> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith("tw_")) {
            return Optional.empty();
        }
        String hash = hash(rawToken);
        Optional<Long> owner = jdbc.sql(SQL.get("ApiTokens.userOfToken"))
                .param("hash", hash).query(Long.class).optional();
        Instant now = clock.instant();
        Optional<TiwiziPrincipal> principal = owner.flatMap(accounts::findById)
                .filter(UserAccount::enabled).filter(a -> throttle.locked(List.of(a.username())).isEmpty())
                .map(UserAccount::principal);
        principal.ifPresent(p -> jdbc.sql(SQL.get("ApiTokens.markUsed"))
                .param("now", Timestamp.from(now)).param("hash", hash).update());
        return principal;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
