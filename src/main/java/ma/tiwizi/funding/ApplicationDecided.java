package ma.tiwizi.funding;

import java.math.BigDecimal;
import ma.tiwizi.funding.ApplicationStatus;

/** The committee decided on an application: published after the decision is committed. */
public record ApplicationDecided(long applicationId, String reference, long cooperativeId, ApplicationStatus decision,
        BigDecimal amount) {
}
