package ma.tiwizi.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.sms.SmsOutbox;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, by the user's own mobile number: a six-digit code by SMS, valid 10 minutes, tried at most 5
 * times, stored hashed and used once — or by the account's e-mail address: a link, valid 10 minutes and used once,
 * whose secret is kept only as a digest. The answer is the same whether the number or address has an account or not;
 * at most 3 requests an hour per number or address and 10 per client address, so Tiwizi cannot be used to flood a
 * phone or a mailbox. A new password ends every session of the user.
 */
@Service
@RequiredArgsConstructor
public class PasswordRecovery {

    private static final Logger log = LoggerFactory.getLogger(PasswordRecovery.class);
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
    private final ObjectProvider<JavaMailSender> mail;
    private final PublicAddress publicAddress;
    @Value("${tiwizi.mail.from}")
    private final String from;
    private final SecureRandom random = new SecureRandom();

    /** Whether what was typed is an e-mail address (a link goes there) rather than a phone number (a code). */
    public static boolean isEmail(String typed) {
        return typed != null && typed.contains("@");
    }

    /**
     * Sends a link to each enabled account with this e-mail address when the limits allow; says nothing either way.
     */
    @Transactional
    public void requestByEmail(String typedEmail, String client, java.util.Locale locale) {
        String email = typedEmail.strip().toLowerCase(java.util.Locale.ROOT);
        if (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountRefused("accounts.error.email", "phone");
        }
        Instant now = clock.instant();
        if (!withinLimits("PasswordRecovery.byEmail", "PasswordRecovery.requestByEmail", "email", email, client, now)) {
            return;
        }
        for (long user : jdbc.sql(SQL.get("PasswordRecovery.accountsWithEmail")).param("email", email)
                .query(Long.class).list()) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            jdbc.sql(SQL.get("PasswordRecovery.link")).param("user", user).param("hash", digest(token))
                    .param("expires", Timestamp.from(now.plus(VALID_FOR))).param("now", Timestamp.from(now))
                    .update();
            var account = accounts.findById(user).orElseThrow();
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email);
            message.setSubject(messages.getMessage("accounts.recovery.mailSubject", null, locale));
            message.setText(messages.getMessage("accounts.recovery.mailBody", new Object[] {account.username(),
                    publicAddress.of("/password/link/" + token)}, locale));
            var sender = mail.getIfAvailable();
            if (sender == null) {
                log.info("No SMTP server configured; would send a password link to {}", email);
            } else {
                sender.send(message);
            }
        }
    }

    /**
     * Records a request for a number or an address (every request counts, sent or not) and says whether the limits
     * still allow sending to it: 3 an hour per number or address, 10 per client address.
     */
    private boolean withinLimits(String counted, String recorded, String name, String target, String client,
            Instant now) {
        var hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        long byTarget = jdbc.sql(SQL.get(counted)).param(name, target).param("since", hourAgo).query(Long.class)
                .single();
        long byClient = jdbc.sql(SQL.get("PasswordRecovery.byClient")).param("client", client)
                .param("since", hourAgo).query(Long.class).single();
        jdbc.sql(SQL.get(recorded)).param(name, target).param("client", client).param("now", Timestamp.from(now))
                .update();
        return byTarget < PER_PHONE_AN_HOUR && byClient < PER_CLIENT_AN_HOUR;
    }

    /** Whether a link is still good (to show its form, or say at once that it is not). */
    @Transactional(readOnly = true)
    public void checkLink(String token) {
        link(token);
    }

    /** Sets the new password through a link, once, within its 10 minutes; ends every session of the user. */
    @Transactional
    public void resetByLink(String token, String newPassword) {
        var link = link(token);
        var account = accounts.findById(link.userId()).orElseThrow();
        policy.check(account.username(), newPassword, "newPassword");
        if (jdbc.sql(SQL.get("PasswordRecovery.linkUsed")).param("id", link.id())
                .param("now", Timestamp.from(clock.instant())).update() == 0) {
            throw new AccountRefused("accounts.error.linkExpired", "newPassword");
        }
        account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        sessions.endAll(account.username());
        events.publishEvent(Audited.by("password-reset", "account", account.id(), account.username()));
    }

    private record Link(long id, long userId, Timestamp expiresAt, Timestamp usedAt) {
    }

    private Link link(String token) {
        var link = jdbc.sql(SQL.get("PasswordRecovery.linkByHash")).param("hash", digest(token == null ? "" : token))
                .query(Link.class).optional()
                .orElseThrow(() -> new AccountRefused("accounts.error.linkExpired", "newPassword"));
        if (link.usedAt() != null || link.expiresAt().toInstant().isBefore(clock.instant())) {
            throw new AccountRefused("accounts.error.linkExpired", "newPassword");
        }
        return link;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a code to the number when an account has it and the limits allow; says nothing either way. A number that
     * is not a Moroccan mobile is refused (it cannot receive the code).
     */
    @Transactional
    public String request(String typedPhone, String client, java.util.Locale locale) {
        String phone = MoroccanPhone.mobile(typedPhone).orElseThrow(() -> new AccountRefused("accounts.error.mobile", "phone"));
        Instant now = clock.instant();
        if (!withinLimits("PasswordRecovery.byPhone", "PasswordRecovery.request", "phone", phone, client, now)) {
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
