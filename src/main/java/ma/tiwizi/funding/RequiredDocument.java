package ma.tiwizi.funding;

/**
 * The documents an INDH application usually needs (DOMAIN.md §1); each has a name and a line on what it is and
 * where to get it in the message bundles ({@code funding.document.CODE} and {@code .help}).
 */
public enum RequiredDocument {
    APPLICATION_FORM, REQUEST_LETTER, SWORN_STATEMENT, TECHNICAL_SHEET, LEGAL_FILE, ACTIVITY_CERTIFICATE,
    BALANCE_SHEET, PRESENTATION_SHEET
}
