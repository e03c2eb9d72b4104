package ma.tiwizi.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.sms.SmsOutbox;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.registry.CooperativeRef;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A president opens her own account. She names herself, her mobile number, her cooperative's registration number (or
 * a new cooperative's name and place) and a password; a six-digit code by SMS proves the phone (hashed, valid 10
 * minutes, tried at most 5 times; at most 3 requests an hour per number and 10 per client address). When the proved
 * phone is the one the registry holds for the cooperative, the account is opened and linked at once; otherwise the
 * request waits for the committee, which sees the evidence and approves (linking it to a registered cooperative) or
 * refuses it, and she is told by SMS. Her username is her phone number; the number is kept for a forgotten password.
 */
@Service
@RequiredArgsConstructor
public class SignUps {

    private static final Queries SQL = Queries.of("accounts");
    static final Duration VALID_FOR = PasswordRecovery.VALID_FOR;
    static final int MAX_TRIES = PasswordRecovery.MAX_TRIES;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final CooperativeRegistry registry;
    private final SmsOutbox sms;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Where a request stands after its code was checked. */
    public enum Outcome {
        LINKED, WAITING
    }

    /** A request waiting for the committee, with what it can check: the registry's facts beside what she typed. */
    public record Waiting(long id, String fullName, String phone, String registrationNumber, String newCooperative,
            Instant createdAt, CooperativeRef cooperative, String registryPhone) {
    }

    private record Request(long id, String fullName, String phone, String registrationNumber, Long cooperativeId,
            String newCooperative, String passwordHash, String codeHash, Timestamp codeExpiresAt, int tries,
            String status) {
    }

    /**
     * Checks what she typed and sends the code; returns the request's token, which only the page she is on knows.
     * Nothing is kept when a check fails.
     */
    @Transactional
    public String start(SignUpForm form, String client, Locale locale) {
        String phone = MoroccanPhone.mobile(form.phone())
                .orElseThrow(() -> new AccountRefused("accounts.error.mobile", "phone"));
        String username = username(phone);
        if (accounts.findByPhone(phone).isPresent() || accounts.existsByUsername(username)) {
            throw new AccountRefused("accounts.error.phoneTaken", "phone");
        }
        Long cooperative = null;
        String number = blankToNull(form.registrationNumber());
        if (number != null) {
            cooperative = registry.findByRegistrationNumber(number).map(CooperativeRef::id)
                    .orElseThrow(() -> new AccountRefused("accounts.error.cooperativeUnknown", "registrationNumber",
                            form.registrationNumber().strip()));
        }
        policy.check(username, form.password(), "password");
        Instant now = clock.instant();
        var hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        if (jdbc.sql(SQL.get("SignUps.byPhone")).param("phone", phone).param("since", hourAgo).query(Long.class)
                .single() >= PasswordRecovery.PER_PHONE_AN_HOUR
                || jdbc.sql(SQL.get("SignUps.byClient")).param("client", client).param("since", hourAgo)
                        .query(Long.class).single() >= PasswordRecovery.PER_CLIENT_AN_HOUR) {
            throw new AccountRefused("accounts.error.tooManyCodes", "phone");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(SQL.get("SignUps.start")).param("token", token).param("name", form.fullName().strip())
                .param("phone", phone).param("number", number).param("c", cooperative)
                .param("newCoop", number == null ? blankToNull(form.newCooperative()) : null)
                .param("password", passwords.encode(form.password())).param("code", passwords.encode(code))
                .param("expires", Timestamp.from(now.plus(VALID_FOR))).param("client", client)
                .param("now", Timestamp.from(now)).update(keys, "id");
        sms.queue("signup-code-" + keys.getKeyAs(Long.class), phone,
                messages.getMessage("accounts.signup.sms", new Object[] {code}, locale));
        return token;
    }

    /** The phone a request is proving, to remind her where the code went; an unknown token is not found. */
    @Transactional(readOnly = true)
    public String phone(String token) {
        return load(token).phone();
    }

    /**
     * Checks the code. Right, the phone is proved: the account is opened and linked when the registry holds that
     * phone for the cooperative, else the request waits for the committee.
     */
    @Transactional(noRollbackFor = AccountRefused.class)
    public Outcome prove(String token, String code) {
        var request = load(token);
        if (!"CODE_SENT".equals(request.status())) {
            throw new AccountRefused("accounts.error.codeExpired", "code");
        }
        if (request.codeExpiresAt().toInstant().isBefore(clock.instant())) {
            throw new AccountRefused("accounts.error.codeExpired", "code");
        }
        if (request.tries() >= MAX_TRIES) {
            throw new AccountRefused("accounts.error.codeTries", "code");
        }
        jdbc.sql(SQL.get("SignUps.tried")).param("id", request.id()).update();
        if (code == null || !passwords.matches(code.strip(), request.codeHash())) {
            throw new AccountRefused(request.tries() + 1 >= MAX_TRIES ? "accounts.error.codeTries"
                    : "accounts.error.code", "code");
        }
        boolean registryPhone = request.cooperativeId() != null && registry.contactPhone(request.cooperativeId())
                .flatMap(MoroccanPhone::normalize).filter(request.phone()::equals).isPresent();
        if (!registryPhone) {
            settle(request, "CODE_SENT", "WAITING", null, null, null, "system");
            events.publishEvent(new Audited("system", "signup-waiting", "signup", String.valueOf(request.id()),
                    request.phone()));
            events.publishEvent(new SignUpWaiting(request.id(), request.fullName()));
            return Outcome.WAITING;
        }
        long user = open(request, request.cooperativeId());
        settle(request, "CODE_SENT", "LINKED", null, user, request.cooperativeId(), "system");
        return Outcome.LINKED;
    }

    /** The requests waiting for the committee, oldest first, with the registry's facts to check them against. */
    @AdminOnly
    @Transactional(readOnly = true)
    public PageOf<Waiting> waiting(int page, int size) {
        long total = jdbc.sql(SQL.get("SignUps.countWaiting")).query(Long.class).single();
        record Row(long id, String fullName, String phone, String registrationNumber, String newCooperative,
                Long cooperativeId, Timestamp createdAt) {
        }
        var rows = jdbc.sql(SQL.get("SignUps.waiting")).param("size", size).param("off", PageOf.offset(page, size))
                .query(Row.class).list();
        var ids = rows.stream().map(Row::cooperativeId).filter(Objects::nonNull).toList();
        Map<Long, CooperativeRef> refs = registry.refs(ids);
        Map<Long, String> phones = registry.contactPhones(ids);
        List<Waiting> items = rows.stream().map(r -> new Waiting(r.id(), r.fullName(), r.phone(),
                r.registrationNumber(), r.newCooperative(), r.createdAt().toInstant(),
                r.cooperativeId() == null ? null : refs.get(r.cooperativeId()),
                r.cooperativeId() == null || phones.get(r.cooperativeId()) == null ? null
                        : MoroccanPhone.normalize(phones.get(r.cooperativeId())).map(MoroccanPhone::national)
                                .orElse(phones.get(r.cooperativeId())))).toList();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * The committee opens the account, linked to the cooperative registered under the number it gives (the one she
     * named, or the one it has just registered for a new cooperative), and she is told by SMS.
     */
    @AdminOnly
    @Transactional
    public void approve(long id, String registrationNumber) {
        var request = waitingOne(id);
        long cooperative = registry.findByRegistrationNumber(registrationNumber == null ? "" : registrationNumber)
                .map(CooperativeRef::id).orElseThrow(() -> new AccountRefused("accounts.error.cooperativeUnknown",
                        "registrationNumber", registrationNumber == null ? "" : registrationNumber.strip()));
        long user = open(request, cooperative);
        settle(request, "WAITING", "APPROVED", null, user, cooperative, CurrentUser.username());
        events.publishEvent(Audited.by("signup-approved", "signup", id, request.phone()));
        sms.queue("signup-approved-" + id, request.phone(), messages.getMessage("accounts.signup.approvedSms",
                new Object[] {username(request.phone())}, Locale.forLanguageTag("ar")));
    }

    /** The committee refuses the request with its reason, which she is sent by SMS. */
    @AdminOnly
    @Transactional
    public void refuse(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AccountRefused("accounts.error.signupReason", "reason");
        }
        var request = waitingOne(id);
        settle(request, "WAITING", "REFUSED", reason.strip(), null, null, CurrentUser.username());
        events.publishEvent(Audited.by("signup-refused", "signup", id, request.phone()));
        sms.queue("signup-refused-" + id, request.phone(), messages.getMessage("accounts.signup.refusedSms",
                new Object[] {reason.strip()}, Locale.forLanguageTag("ar")));
    }

    /** Her username: her mobile number as she writes it, 0612345678. */
    private static String username(String phone) {
        return "0" + phone.substring("+212".length());
    }

    private long open(Request request, long cooperative) {
        String username = username(request.phone());
        if (accounts.findByPhone(request.phone()).isPresent() || accounts.existsByUsername(username)) {
            throw new AccountRefused("accounts.error.phoneTaken", "phone");
        }
        Instant now = clock.instant();
        var account = UserAccount.create(username, request.fullName(), null, request.passwordHash(), Role.COOP,
                cooperative, now);
        account.changePhone(request.phone(), now);
        account = accounts.save(account);
        events.publishEvent(new Audited(CurrentUser.username(), "create", "account", String.valueOf(account.id()),
                username + " (" + Role.COOP + ", signed up)"));
        return account.id();
    }

    private void settle(Request request, String from, String status, String reason, Long user, Long cooperative,
            String by) {
        int settled = jdbc.sql(SQL.get("SignUps.settle")).param("id", request.id()).param("from", from)
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("by", by)
                .param("reason", reason).param("user", user).param("c", cooperative).update();
        if (settled == 0) {
            throw new AccountRefused("accounts.error.codeExpired", "code");
        }
    }

    private Request load(String token) {
        return jdbc.sql(SQL.get("SignUps.byToken")).param("token", token == null ? "" : token).query(Request.class)
                .optional().orElseThrow(() -> new NotFoundException("sign-up", "?"));
    }

    private Request waitingOne(long id) {
        return jdbc.sql(SQL.get("SignUps.waitingOne")).param("id", id).query(Request.class).optional()
                .orElseThrow(() -> new NotFoundException("sign-up", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
