package ma.tiwizi.platform;

/** The four kinds of account; a COOP account always belongs to exactly one cooperative. */
public enum Role {
    ADMIN, REVIEWER, TRAINER, COOP;

    public String authority() {
        return "ROLE_" + name();
    }
}
