package ma.tiwizi.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a page, for QR codes, test links, certificate verification and e-mails: the installer's
 * {@code TIWIZI_PUBLIC_URL} when set; otherwise the address the current request came in on (behind a proxy, the one
 * its {@code X-Forwarded-*} headers name), so a QR code printed on an installation that forgot the setting still
 * leads somewhere real. Without either (an e-mail sent in the background), {@code http://localhost} and the port —
 * hence the warning at start.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final String fallback;

    PublicAddress(@Value("${tiwizi.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured == null || configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
        this.fallback = "http://localhost:" + port;
    }

    /** The absolute address of a path such as {@code /verify/ABCD-EFGH-JKLM} (a query string may follow it). */
    public String of(String path) {
        if (configured != null) {
            return configured + path;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            return ServletUriComponentsBuilder.fromContextPath(current.getRequest()).build().toUriString() + path;
        }
        return fallback + path;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenUnset() {
        if (configured == null) {
            log.warn("TIWIZI_PUBLIC_URL is not set: QR codes and links use the address each request came in on, and "
                    + "links in e-mails point to {}. Set it to the address people use, e.g. https://tiwizi.example.ma",
                    fallback);
        }
    }
}
