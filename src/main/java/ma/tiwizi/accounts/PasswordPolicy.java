package ma.tiwizi.accounts;

import java.util.Locale;
import ma.tiwizi.platform.TiwiziProperties;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (ASVS 2.1): at least {@code minLength} characters, not holding the username, and not
 * guessable in fewer than about 2^{@code minEntropy} tries by an offline estimator (nbvcxz: common-password and word
 * lists, keyboard patterns, dates, repeats — nothing fetched at run time). No rules about digits or capitals.
 */
@Component
class PasswordPolicy {

    private final TiwiziProperties.Passwords rules;
    private final Nbvcxz estimator;

    PasswordPolicy(TiwiziProperties properties) {
        this.rules = properties.passwords();
        this.estimator = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(rules.minEntropy())
                .createConfiguration());
    }

    /** Refuses, on the given form field, a password the rules do not accept. */
    void check(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < rules.minLength()) {
            throw new AccountRefused("accounts.error.passwordShort", field, rules.minLength());
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused("accounts.error.passwordHasUsername", field);
        }
        if (!estimator.estimate(password).isMinimumEntropyMet()) {
            throw new AccountRefused("accounts.error.passwordCommon", field);
        }
    }
}
