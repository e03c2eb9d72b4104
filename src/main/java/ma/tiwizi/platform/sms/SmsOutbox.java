package ma.tiwizi.platform.sms;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.MoroccanPhone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS waiting to go and gone: one row per message, named by what it is about so that it is queued once however
 * often its event arrives; a failed send is tried again later (1, 2, 4, 8 minutes…) and given up after the last try;
 * the gateway's delivery receipts move each part, and the message, to delivered or failed.
 */
@Service
public class SmsOutbox {

    private static final Queries SQL = Queries.of("platform");
    private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);

    public enum Status {
        QUEUED, SENDING, SENT, DELIVERED, FAILED
    }

    /** A message as staff read it. */
    public record Sms(long id, String phone, String text, Status status, int attempts, String lastError,
            Instant createdAt, Instant doneAt) {
    }

    /** A message due to go. */
    record Due(long id, String phone, String text, int attempts) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final MeterRegistry meters;

    SmsOutbox(JdbcClient jdbc, Clock clock, @Value("${tiwizi.sms.max-attempts:5}") int maxAttempts,
            @Value("${tiwizi.sms.first-retry:PT1M}") Duration firstRetry, MeterRegistry meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /**
     * Queues a text for a Moroccan mobile number, once for {@code once}; another number is not sent to. Returns
     * whether it was queued now.
     */
    @Transactional
    public boolean queue(String once, String phone, String text) {
        Optional<String> mobile = MoroccanPhone.mobile(phone);
        if (mobile.isEmpty()) {
            log.info("Not a Moroccan mobile number: SMS {} not queued", once);
            return false;
        }
        return jdbc.sql(SQL.get("SmsOutbox.queue")).param("once", once).param("phone", mobile.get())
                .param("text", text).param("now", Timestamp.from(clock.instant())).update() > 0;
    }

    /** The newest messages first, for staff. */
    @AdminOnly
    @Transactional(readOnly = true)
    public PageOf<Sms> page(int page) {
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("SmsOutbox.count")).query(Long.class).single();
        var items = jdbc.sql(SQL.get("SmsOutbox.page")).param("size", size).param("off", PageOf.offset(page, size))
                .query((rs, n) -> new Sms(rs.getLong("id"), rs.getString("phone"), rs.getString("text"),
                        Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("done_at") == null ? null
                                : rs.getTimestamp("done_at").toInstant())).list();
        return new PageOf<>(items, page, size, total);
    }

    /** Up to {@code limit} messages due now, oldest first. */
    @Transactional(readOnly = true)
    List<Due> due(int limit) {
        return jdbc.sql(SQL.get("SmsOutbox.due")).param("now", Timestamp.from(clock.instant()))
                .param("limit", limit).query(Due.class).list();
    }

    /** Takes a due message for this sender: false when another sender took it first (it goes once). */
    @Transactional
    boolean claim(long id) {
        return jdbc.sql(SQL.get("SmsOutbox.claim")).param("id", id).update() == 1;
    }

    /** The gateway took every part: their ids wait for the delivery receipts. */
    @Transactional
    void sent(long id, List<String> messageIds) {
        jdbc.sql(SQL.get("SmsOutbox.sent")).param("id", id).param("now", Timestamp.from(clock.instant())).update();
        for (String messageId : messageIds) {
            jdbc.sql(SQL.get("SmsOutbox.part")).param("id", id).param("message", messageId).update();
        }
        meters.counter("tiwizi.sms", "outcome", "sent").increment();
    }

    /** The gateway refused or could not be reached: tried again later, or given up after the last try. */
    @Transactional
    void failed(Due sms, String error) {
        int attempts = sms.attempts() + 1;
        String reason = error == null ? "" : error.length() > 300 ? error.substring(0, 300) : error;
        if (attempts >= maxAttempts) {
            jdbc.sql(SQL.get("SmsOutbox.giveUp")).param("id", sms.id()).param("attempts", attempts)
                    .param("error", reason).param("now", Timestamp.from(clock.instant())).update();
            log.warn("SMS {} given up after {} tries: {}", sms.id(), attempts, reason);
            meters.counter("tiwizi.sms", "outcome", "failed").increment();
            return;
        }
        Instant next = clock.instant().plus(firstRetry.multipliedBy(1L << (attempts - 1)));
        jdbc.sql(SQL.get("SmsOutbox.retry")).param("id", sms.id()).param("attempts", attempts)
                .param("error", reason).param("next", Timestamp.from(next)).update();
        meters.counter("tiwizi.sms", "outcome", "retried").increment();
    }

    /**
     * A delivery receipt for one part: the message is delivered when every part is, failed as soon as one failed.
     * A receipt for a part Tiwizi did not send is ignored.
     */
    @Transactional
    public void receipt(String messageId, boolean delivered) {
        Optional<Long> sms = Optional.ofNullable(jdbc.sql(SQL.get("SmsOutbox.partOf")).param("message", messageId)
                .query(Long.class).single());
        if (sms.isEmpty()) {
            log.info("Delivery receipt for an unknown message {}", messageId);
            return;
        }
        jdbc.sql(SQL.get("SmsOutbox.partDone")).param("id", sms.get()).param("message", messageId)
                .param("status", delivered ? Status.DELIVERED.name() : Status.FAILED.name()).update();
        jdbc.sql(SQL.get("SmsOutbox.settle")).param("id", sms.get()).param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
