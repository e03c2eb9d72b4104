package ma.tiwizi.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each cooperative wants to be told: by e-mail when it has an address and by SMS otherwise (the default), by
 * e-mail only, by SMS only, or both; its SMS in Arabic or French. The cooperative chooses its own.
 */
@Service
@RequiredArgsConstructor
public class Channels {

    private static final Queries SQL = Queries.of("notifications");

    public enum Channel {
        AUTO, EMAIL, SMS, BOTH
    }

    public record Preference(Channel channel, String language) {

        public static final Preference DEFAULT = new Preference(Channel.AUTO, "ar");
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Preference of(long cooperativeId) {
        return jdbc.sql(SQL.get("Channels.of")).param("c", cooperativeId)
                .query((rs, n) -> new Preference(Channel.valueOf(rs.getString(1)), rs.getString(2))).optional()
                .orElse(Preference.DEFAULT);
    }

    @Transactional
    @CooperativeOnly
    public void choose(Channel channel, String language) {
        long cooperative = CurrentUser.require().cooperativeId();
        String lang = "fr".equals(language) ? "fr" : "ar";
        var now = Timestamp.from(clock.instant());
        if (jdbc.sql(SQL.get("Channels.update")).param("c", cooperative).param("channel", channel.name())
                .param("lang", lang).param("now", now).param("by", CurrentUser.username()).update() == 0) {
            jdbc.sql(SQL.get("Channels.insert")).param("c", cooperative).param("channel", channel.name())
                    .param("lang", lang).param("now", now).param("by", CurrentUser.username()).update();
        }
        events.publishEvent(Audited.by("channel", "cooperative", cooperative, channel + " " + lang));
    }
}
