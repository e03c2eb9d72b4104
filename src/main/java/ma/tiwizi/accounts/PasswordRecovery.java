package ma.tiwizi.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.sms.SmsOutbox;
import ma.tiwizi.platform.text.MoroccanPhone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, by the user's own mobile number: a six-digit code by SMS, valid 10 minutes, tried at most 5
 * times, stored hashed and used once. The answer is the same whether the number has an account or not; at most 3
 * requests an hour per number and 10 per client address, so Tiwizi cannot be used to flood a phone. A new password
 * ends every session of the user.
 */
@Service
@RequiredArgsConstructor
public class PasswordRecovery {

    private static final Queries SQL = Queries.of("accounts");
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_TRIES = 5;
    static final int PER_PHONE_AN_HOUR = 3;
    static final int PER_CLIENT_AN_HOUR = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SignedInSessions sessions;
    private final SmsOutbox sms;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Sends a code to the number when an account has it and the limits allow; says nothing either way. A number that
     * is not a Moroccan mobile is refused (it cannot receive the code).
     */
    @Transactional
    public String request(String typedPhone, String client, java.util.Locale locale) {
        String phone = MoroccanPhone.mobile(typedPhone).orElseThrow(() -> new AccountRefused("accounts.error.mobile", "phone"));
        Instant now = clock.instant();
        var hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        long byPhone = jdbc.sql(SQL.get("PasswordRecovery.byPhone")).param("phone", phone).param("since", hourAgo)
                .query(Long.class).single();
        long byClient = jdbc.sql(SQL.get("PasswordRecovery.byClient")).param("client", client)
                .param("since", hourAgo).query(Long.class).single();
        jdbc.sql(SQL.get("PasswordRecovery.request")).param("phone", phone).param("client", client)
                .param("now", Timestamp.from(now)).update();
        if (byPhone >= PER_PHONE_AN_HOUR || byClient >= PER_CLIENT_AN_HOUR) {
            return phone;
        }
        accounts.findByPhone(phone).filter(UserAccount::enabled).ifPresent(account -> {
            String code = String.format("%06d", random.nextInt(1_000_000));
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql(SQL.get("PasswordRecovery.code")).param("user", account.id()).param("phone", phone)
                    .param("hash", passwords.encode(code)).param("expires", Timestamp.from(now.plus(VALID_FOR)))
                    .param("now", Timestamp.from(now)).update(keys, "id");
            sms.queue("password-code-" + keys.getKeyAs(Long.class), phone,
                    messages.getMessage("accounts.recovery.sms", new Object[] {code}, locale));
        });
        return phone;
    }

    /** Checks the code sent last to the number and, when it holds, sets the new password and ends every session. */
    @Transactional(noRollbackFor = AccountRefused.class)
    public void reset(String typedPhone, String code, String newPassword) {
        String phone = MoroccanPhone.normalize(typedPhone).orElseThrow(
                () -> new AccountRefused("accounts.error.mobile", "phone"));
        record Sent(long id, long userId, String codeHash, Timestamp expiresAt, int tries, Timestamp usedAt) {
        }
        var sent = jdbc.sql(SQL.get("PasswordRecovery.lastCode")).param("phone", phone).query(Sent.class)
                .optional().orElseThrow(() -> new AccountRefused("accounts.error.code", "code"));
        if (sent.usedAt() != null || sent.expiresAt().toInstant().isBefore(clock.instant())) {
            throw new AccountRefused("accounts.error.codeExpired", "code");
        }
        if (sent.tries() >= MAX_TRIES) {
            throw new AccountRefused("accounts.error.codeTries", "code");
        }
        jdbc.sql(SQL.get("PasswordRecovery.tried")).param("id", sent.id()).update();
        if (code == null || !passwords.matches(code.strip(), sent.codeHash())) {
            throw new AccountRefused(sent.tries() + 1 >= MAX_TRIES ? "accounts.error.codeTries" : "accounts.error.code",
                    "code");
        }
        var account = accounts.findById(sent.userId()).orElseThrow();
        policy.check(account.username(), newPassword, "newPassword");
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        jdbc.sql(SQL.get("PasswordRecovery.used")).param("id", sent.id()).param("now", Timestamp.from(clock.instant()))
                .update();
        sessions.endAll(account.username());
        events.publishEvent(Audited.by("password-reset", "account", account.id(), account.username()));
    }
}
