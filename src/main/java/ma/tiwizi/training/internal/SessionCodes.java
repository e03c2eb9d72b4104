package ma.tiwizi.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ma.tiwizi.platform.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Codes only the server can make: an HMAC-SHA256 of a message under the key {@code tiwizi.check-in-key}, or, when it
 * is unset, a key made once and kept in the database, so that a code made on one node verifies on another and after
 * a restart. Check-in codes and learning-test links are signed with it, so they cannot be forged.
 */
@Component
class SessionCodes {

    private final byte[] configured;
    private final Secrets secrets;

    SessionCodes(@Value("${tiwizi.check-in-key:}") String configuredKey, Secrets secrets) {
        this.configured = configuredKey.isBlank() ? null : configuredKey.getBytes(StandardCharsets.UTF_8);
        this.secrets = secrets;
    }

    private byte[] key() {
        return configured != null ? configured : secrets.key("check-in");
    }

    String sign(String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
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
