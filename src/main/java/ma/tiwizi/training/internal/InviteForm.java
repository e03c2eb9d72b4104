package ma.tiwizi.training.internal;

/**
 * Which cooperatives a session's invitation goes to; every criterion is optional and they all apply together. Only
 * active cooperatives are invited.
 */
public record InviteForm(String cercle, Long commune, Boolean womenLed, Boolean youthLed, Boolean newlyCreated,
        Dimension weakIn) {

    public static InviteForm blank() {
        return new InviteForm(null, null, null, null, null, null);
    }
}
