package ma.tiwizi.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.web.Unread;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What concerns someone, kept on the site whatever channel carried it: each notice to a cooperative is read by each of
 * its accounts, each notice to the staff by each administrator, and each reader has their own unread ones.
 */
@Service
@RequiredArgsConstructor
public class Inbox implements Unread {

    /** Past this many the header says "99+": counting further would only cost. */
    public static final int CAP = 100;

    private static final Queries SQL = Queries.of("notifications");

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The subject of a notice in the three languages. */
    public record Subject(String arabic, String french, String english) {

        String in(Locale locale) {
            return Locales.pick(locale, arabic, french, english);
        }
    }

    /** One notice as its reader sees it. */
    public record Entry(long id, String subject, Instant createdAt, boolean read) {
    }

    /** Keeps a notice for the cooperative's accounts; its number makes the short link that opens it. */
    @Transactional
    public long toCooperative(long cooperative, Subject subject, String link) {
        return post(cooperative, null, subject, link);
    }

    /** Keeps a notice for every administrator. */
    @Transactional
    public long toStaff(Subject subject, String link) {
        return post(null, Role.ADMIN.name(), subject, link);
    }

    private long post(Long cooperative, String role, Subject subject, String link) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("Inbox.post")).param("c", cooperative).param("role", role)
                .param("ar", cut(subject.arabic())).param("fr", cut(subject.french()))
                .param("en", cut(subject.english())).param("link", link)
                .param("now", Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The signed-in user's unread notices, counted up to {@link #CAP}. */
    @Override
    @Transactional(readOnly = true)
    public int count(TiwiziPrincipal user) {
        return jdbc.sql(SQL.get("Inbox.unread")).param("c", cooperative(user)).param("role", role(user))
                .param("u", user.userId()).param("cap", CAP).query(Integer.class).single();
    }

    /** The signed-in user's notices, newest first. */
    @Transactional(readOnly = true)
    public PageOf<Entry> page(int page, int size, Locale locale) {
        var user = CurrentUser.require();
        long total = jdbc.sql(SQL.get("Inbox.count")).param("c", cooperative(user)).param("role", role(user))
                .query(Long.class).single();
        var items = jdbc.sql(SQL.get("Inbox.page")).param("c", cooperative(user)).param("role", role(user))
                .param("u", user.userId()).param("size", size).param("off", PageOf.offset(page, size))
                .query((rs, n) -> new Entry(rs.getLong("id"), new Subject(rs.getString("subject_ar"),
                        rs.getString("subject_fr"), rs.getString("subject_en")).in(locale),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("seen")))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    /** Marks a notice read by the signed-in user and says where to act on it; another's notice is not found. */
    @Transactional
    public String open(long id) {
        var user = CurrentUser.require();
        String link = jdbc.sql(SQL.get("Inbox.entry")).param("id", id).param("c", cooperative(user))
                .param("role", role(user)).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("notice", id));
        jdbc.sql(SQL.get("Inbox.markRead")).param("id", id).param("u", user.userId())
                .param("now", Timestamp.from(clock.instant())).update();
        return link;
    }

    /** Marks every notice of the signed-in user read. */
    @Transactional
    public void readAll() {
        var user = CurrentUser.require();
        jdbc.sql(SQL.get("Inbox.markAllRead")).param("c", cooperative(user)).param("role", role(user))
                .param("u", user.userId()).param("now", Timestamp.from(clock.instant())).update();
    }

    private static long cooperative(TiwiziPrincipal user) {
        return user.role() == Role.COOP && user.cooperativeId() != null ? user.cooperativeId() : -1;
    }

    private static String role(TiwiziPrincipal user) {
        return user.role() == Role.COOP ? "" : user.role().name();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
