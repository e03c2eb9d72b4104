package ma.tiwizi.platform;

/**
 * Published by any module when a user creates or changes something; the accounts module writes it to the audit
 * trail in the same transaction.
 */
public record Audited(String actor, String action, String entityType, String entityId, String summary) {

    public static Audited by(String action, String entityType, Object entityId, String summary) {
        return new Audited(CurrentUser.username(), action, entityType, String.valueOf(entityId), summary);
    }
}
