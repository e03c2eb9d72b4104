package ma.tiwizi.notifications;

import java.util.Locale;
import ma.tiwizi.market.OrderPlaced;
import ma.tiwizi.registry.CooperativeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a cooperative, in Arabic and French, that a buyer placed an order with it, with the link to handle it. */
@Component
class MarketMail {

    private static final Logger log = LoggerFactory.getLogger(MarketMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final CooperativeRegistry registry;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    MarketMail(ObjectProvider<JavaMailSender> mail, CooperativeRegistry registry, MessageSource messages,
            @Value("${tiwizi.mail.from}") String from, @Value("${tiwizi.public-url}") String publicUrl) {
        this.mail = mail;
        this.registry = registry;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(OrderPlaced order) {
        String email = registry.contactEmail(order.cooperativeId()).orElse(null);
        if (email == null) {
            log.info("Order {}: cooperative {} has no e-mail address", order.reference(), order.cooperativeId());
            return;
        }
        Object[] args = {order.reference(), order.buyerName(), order.city(), order.total().toPlainString(),
                publicUrl + "/market/orders/" + order.orderId()};
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(text("subject", args, "ar") + " / " + text("subject", args, "fr"));
        message.setText(text("body", args, "ar") + "\n\n—\n\n" + text("body", args, "fr"));
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured; would send to {}: {}", email, message.getSubject());
            return;
        }
        sender.send(message);
    }

    private String text(String part, Object[] args, String language) {
        return messages.getMessage("notifications.order." + part, args, Locale.forLanguageTag(language));
    }
}
