package ma.tiwizi.funding.internal;

import java.util.List;


/**
 * The documents an INDH application usually needs (DOMAIN.md §1); each has a name and a line on what it is and
 * where to get it in the message bundles ({@code funding.document.CODE} and {@code .help}).
 */
public enum RequiredDocument {
    APPLICATION_FORM, REQUEST_LETTER, SWORN_STATEMENT, TECHNICAL_SHEET, LEGAL_FILE, ACTIVITY_CERTIFICATE,
    BALANCE_SHEET, PRESENTATION_SHEET,
    /** After approval: proof that the cooperative's own contribution is there (bank statement, invoices). */
    OWN_CONTRIBUTION_PROOF,
    /** After a tranche: what the money was spent on, with invoices. */
    EXPENSE_REPORT;

    /** The documents a call can ask for with the application (the others come after approval). */
    public static List<RequiredDocument> forApplications() {
        return List.of(APPLICATION_FORM, REQUEST_LETTER, SWORN_STATEMENT, TECHNICAL_SHEET, LEGAL_FILE,
                ACTIVITY_CERTIFICATE, BALANCE_SHEET, PRESENTATION_SHEET);
    }

    public boolean afterApproval() {
        return this == OWN_CONTRIBUTION_PROOF || this == EXPENSE_REPORT;
    }
}
