package ma.tiwizi.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
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

    /** What a user of a cooperative asks for herself, besides the cooperative's channel. */
    public enum Personal {
        NONE, EMAIL, SMS, BOTH;

        public boolean email() {
            return this == EMAIL || this == BOTH;
        }

        public boolean sms() {
            return this == SMS || this == BOTH;
        }
    }

    public record PersonalPreference(Personal channel, String language) {

        public static final PersonalPreference DEFAULT = new PersonalPreference(Personal.NONE, "ar");
    }

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Preference of(long cooperativeId) {
        return jdbc.sql(SQL.get("Channels.of")).param("c", cooperativeId)
                .query((rs, n) -> new Preference(Channel.valueOf(rs.getString(1)), rs.getString(2))).optional()
                .orElse(Preference.DEFAULT);
    }

    /** The personal preferences of these accounts; an account that chose nothing is absent. */
    @Transactional(readOnly = true)
    public Map<Long, PersonalPreference> personal(Collection<Long> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SQL.get("Channels.personal")).param("ids", accounts)
                .query((rs, n) -> Map.entry(rs.getLong(1), new PersonalPreference(Personal.valueOf(rs.getString(2)),
                        rs.getString(3))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The signed-in user's own preference. */
    @Transactional(readOnly = true)
    public PersonalPreference personal() {
        long account = CurrentUser.require().userId();
        return personal(List.of(account)).getOrDefault(account, PersonalPreference.DEFAULT);
    }

    /**
     * A user of a cooperative chooses how she is told herself, at her own address or number; refused when her
     * account has not the number or address the channel needs (she would wait for messages that never come).
     */
    @Transactional
    @CooperativeOnly
    public void choosePersonal(Personal channel, String language) {
        long account = CurrentUser.require().userId();
        var contact = accounts.contact(account);
        if (channel.sms() && contact.phone() == null) {
            throw new ChannelRefused("notifications.error.noPhone");
        }
        if (channel.email() && contact.email() == null) {
            throw new ChannelRefused("notifications.error.noEmail");
        }
        String lang = language(language);
        save("Channels.updatePersonal", "Channels.insertPersonal",
                spec -> spec.param("a", account).param("channel", channel.name()).param("lang", lang));
        events.publishEvent(Audited.by("personalChannel", "account", account, channel + " " + lang));
    }

    @Transactional
    @CooperativeOnly
    public void choose(Channel channel, String language) {
        long cooperative = CurrentUser.require().cooperativeId();
        String lang = language(language);
        save("Channels.update", "Channels.insert", spec -> spec.param("c", cooperative)
                .param("channel", channel.name()).param("lang", lang)
                .param("by", CurrentUser.username()));
        events.publishEvent(Audited.by("channel", "cooperative", cooperative, channel + " " + lang));
    }

    /** Updates the choice, or inserts it the first time. */
    private void save(String update, String insert, UnaryOperator<JdbcClient.StatementSpec> values) {
        var now = Timestamp.from(clock.instant());
        if (values.apply(jdbc.sql(SQL.get(update))).param("now", now).update() == 0) {
            values.apply(jdbc.sql(SQL.get(insert))).param("now", now).update();
        }
    }

    private static String language(String typed) {
        return "fr".equals(typed) ? "fr" : "ar";
    }
}
