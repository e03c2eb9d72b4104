package ma.tiwizi.notifications;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import ma.tiwizi.accounts.AccountContact;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.notifications.channels.Channels;
import ma.tiwizi.notifications.channels.Channels.Channel;
import ma.tiwizi.notifications.inbox.Inbox;
import ma.tiwizi.platform.sms.SmsOutbox;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.registry.CooperativeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes to a cooperative at the address the registry holds, in Arabic then French (the registry does not know which
 * the president reads), or by SMS in the language it chose, as the cooperative prefers (by default an SMS when it
 * has no address but a mobile number). Each user of the cooperative who asked is also told herself, at her own
 * address or number ({@link Channels#personal}). Without an SMTP server it logs what it would have sent.
 */
@Component
class CooperativeMail {

    private static final Logger log = LoggerFactory.getLogger(CooperativeMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final SentOnce sentOnce;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final String from;
    private final PublicAddress publicAddress;
    private final SmsOutbox sms;
    private final Channels channels;
    private final Inbox inbox;
    private final AccountDirectory accounts;

    CooperativeMail(ObjectProvider<JavaMailSender> mail, SentOnce sentOnce, CooperativeRegistry registry,
            MessageSource messages, @Value("${tiwizi.mail.from}") String from,
            PublicAddress publicAddress, SmsOutbox sms, Channels channels, Inbox inbox, AccountDirectory accounts) {
        this.mail = mail;
        this.sentOnce = sentOnce;
        this.registry = registry;
        this.messages = messages;
        this.from = from;
        this.publicAddress = publicAddress;
        this.sms = sms;
        this.channels = channels;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    /** An address on this installation's public site, for links in e-mails. */
    String link(String path) {
        return publicAddress.of(path);
    }

    void send(String once, long cooperative, String path, String subjectKey, String bodyKey, Object[] arguments) {
        send(once, cooperative, path, subjectKey, bodyKey, arguments, arguments);
    }

    /**
     * Sends the subject and body in both languages, each with its own arguments (names differ by language), unless
     * the notification named {@code once} was sent already (its event delivered a second time); keeps it in the
     * cooperative's inbox, whose short link to {@code path} the SMS carries. Called inside the listener's transaction:
     * the mark and the notice are kept only if the listener completes.
     */
    void send(String once, long cooperative, String path, String subjectKey, String bodyKey, Object[] arabic,
            Object[] french) {
        if (!sentOnce.first(once)) {
            log.info("Notification {} was sent already: not sent again", once);
            return;
        }
        long notice = inbox.toCooperative(cooperative, new Inbox.Subject(text(subjectKey, "ar", arabic),
                text(subjectKey, "fr", french), text(subjectKey, "en", french)), path);
        String shortLink = link("/inbox/" + notice);
        var reached = new HashSet<String>();
        String email = registry.contactEmail(cooperative).orElse(null);
        var preference = channels.of(cooperative);
        var channel = preference.channel();
        // most presidents read a phone, not a mailbox: the subject in their language, and where to read the rest
        boolean texted = false;
        if (channel == Channel.SMS || channel == Channel.BOTH || email == null) {
            var phone = registry.contactPhone(cooperative);
            String language = preference.language();
            texted = phone.isPresent() && sms.queue(once, phone.get(), text(subjectKey, language,
                    "fr".equals(language) ? french : arabic) + " " + shortLink);
            if (texted) {
                MoroccanPhone.mobile(phone.get()).ifPresent(reached::add);
            }
        }
        if (email != null && !(channel == Channel.SMS && texted)) {
            mail(email, text(subjectKey, "ar", arabic) + " / " + text(subjectKey, "fr", french),
                    text(bodyKey, "ar", arabic) + "\n\n—\n\n" + text(bodyKey, "fr", french));
            reached.add(email.toLowerCase(Locale.ROOT));
        } else if (email == null && !texted) {
            log.info("Cooperative {} has no e-mail address nor mobile number: {} not sent", cooperative, subjectKey);
        }
        tellEachWhoAsked(once, cooperative, subjectKey, bodyKey, arabic, french, shortLink, reached);
    }

    /**
     * Each user of the cooperative who asked to be told herself is, at her own address or number, in her language;
     * never a second time at an address or number the notice has reached already.
     */
    private void tellEachWhoAsked(String once, long cooperative, String subjectKey, String bodyKey, Object[] arabic,
            Object[] french, String shortLink, Set<String> reached) {
        var users = accounts.contactsOf(cooperative);
        var asked = channels.personal(users.stream().map(AccountContact::id).toList());
        for (var user : users) {
            var personal = asked.get(user.id());
            if (personal == null) {
                continue;
            }
            String language = personal.language();
            Object[] arguments = "fr".equals(language) ? french : arabic;
            String phone = user.phone() == null ? null : MoroccanPhone.mobile(user.phone()).orElse(null);
            if (personal.channel().sms() && phone != null && reached.add(phone)) {
                sms.queue(once + " @" + user.id(), phone, text(subjectKey, language, arguments) + " " + shortLink);
            }
            if (personal.channel().email() && user.email() != null
                    && reached.add(user.email().toLowerCase(Locale.ROOT))) {
                mail(user.email(), text(subjectKey, language, arguments), text(bodyKey, language, arguments));
            }
        }
    }

    private void mail(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured; would send to {}: {}", to, subject);
            return;
        }
        sender.send(message);
    }

    private String text(String key, String language, Object[] arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }
}
