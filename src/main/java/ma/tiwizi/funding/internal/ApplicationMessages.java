package ma.tiwizi.funding.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationMessagePosted;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread on an application between the committee's administrators and the applicant cooperative, so that "a
 * document is missing" reaches the president without a phone call. A message may carry one attachment, checked like
 * the application's documents; the other side is told (the cooperative by its channel, the staff in their inbox); a
 * retried send is one message. Nobody else reads it — not a reviewer, not another cooperative.
 */
@Service
@RequiredArgsConstructor
public class ApplicationMessages {

    private static final Queries SQL = Queries.of("funding");
    static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    @Value("${tiwizi.funding.max-upload-bytes:10485760}")
    private final long maxUploadBytes;

    /** One message as the thread shows it. */
    public record Message(long id, boolean fromStaff, String authorName, String body, String attachmentName,
            Long attachmentSize, Instant postedAt) {
    }

    /** An attachment, to download. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    /** The thread, newest first. */
    @PreAuthorize("@fundingAccess.messagesOn(#id)")
    @Transactional(readOnly = true)
    public PageOf<Message> thread(long id, int page, int size) {
        long total = jdbc.sql(SQL.get("ApplicationMessages.count")).param("id", id).query(Long.class).single();
        var items = jdbc.sql(SQL.get("ApplicationMessages.page")).param("id", id).param("size", size)
                .param("off", PageOf.offset(page, size))
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getBoolean("from_staff"),
                        rs.getString("author_name"), rs.getString("body"), rs.getString("attachment_name"),
                        (Long) rs.getObject("attachment_size", Long.class), rs.getTimestamp("posted_at").toInstant()))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * Posts a message, with an attachment when a file is given; an empty message, one too long or a refused file
     * stores nothing. The same {@code key} (the form's, kept across a retry) posts once.
     */
    @PreAuthorize("@fundingAccess.messagesOn(#id)")
    @Transactional
    public void post(long id, String body, String filename, byte[] content, String key) {
        if (body == null || body.isBlank()) {
            throw new FundingRefused("funding.error.messageEmpty", "body");
        }
        if (body.strip().length() > MAX_BODY) {
            throw new FundingRefused("funding.error.messageLong", "body", MAX_BODY);
        }
        if (key == null || key.isBlank() || key.length() > 40) {
            throw new FundingRefused("funding.error.messageEmpty", "body");
        }
        String name = null;
        String type = null;
        Long size = null;
        String hash = null;
        if (content != null && content.length > 0) {
            var refusal = UploadCheck.refusal(filename, content, maxUploadBytes);
            if (refusal.isPresent()) {
                throw new FundingRefused(refusal.get().messageKey(), "file", refusal.get().arguments());
            }
            name = filename.strip();
            type = UploadCheck.kind(content).orElseThrow().contentType;
            size = (long) content.length;
            hash = store.put(content);
        }
        var user = CurrentUser.require();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        int posted = jdbc.sql(SQL.get("ApplicationMessages.post")).param("id", id).param("staff", user.isStaff())
                .param("author", user.getUsername()).param("authorName", user.displayName())
                .param("body", body.strip()).param("name", name).param("type", type).param("size", size)
                .param("hash", hash).param("key", key).param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        if (posted == 0) {
            return;
        }
        long message = keys.getKeyAs(Long.class);
        var application = applications.get(id);
        events.publishEvent(new ApplicationMessagePosted(message, id, application.cooperativeId(),
                applications.callOf(application).title(), user.isStaff(), user.displayName()));
        events.publishEvent(Audited.by("message", "application", id, name == null ? "" : name));
    }

    /** A message's attachment, for those who read the thread. */
    @PreAuthorize("@fundingAccess.messagesOn(#id)")
    @Transactional(readOnly = true)
    public Attachment attachment(long id, long message) {
        return jdbc.sql(SQL.get("ApplicationMessages.attachment")).param("id", id).param("message", message)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), store.get(rs.getString(3))
                        .orElseThrow(() -> new NotFoundException("attachment", message))))
                .optional().orElseThrow(() -> new NotFoundException("attachment", message));
    }
}
