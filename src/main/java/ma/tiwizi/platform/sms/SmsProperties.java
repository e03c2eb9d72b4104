package ma.tiwizi.platform.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMPP gateway SMS go through ({@code tiwizi.sms.*}): without a host, Tiwizi logs what it would send. The password
 * is never logged.
 */
@ConfigurationProperties("tiwizi.sms")
public record SmsProperties(String host, @DefaultValue("2775") int port, String systemId, String password,
        @DefaultValue("Tiwizi") String source, @DefaultValue("PT10S") Duration timeout) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "SmsProperties[host=" + host + ", port=" + port + ", systemId=" + systemId + ", source=" + source + "]";
    }
}
