package ma.tiwizi.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Codes only the server can make: an HMAC-SHA256 of a message under the key {@code tiwizi.check-in-key} (random at
 * start-up when unset). Check-in codes and learning-test links are signed with it, so they cannot be forged.
 */
@Component
class SessionCodes {

    private final byte[] key;

    SessionCodes(@Value("${tiwizi.check-in-key:}") String configuredKey) {
        if (configuredKey.isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        } else {
            this.key = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
    }

    String sign(String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the given code is the signature of the message, compared in constant time. */
    boolean matches(String code, String message) {
        return code != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                sign(message).getBytes(StandardCharsets.UTF_8));
    }
}
