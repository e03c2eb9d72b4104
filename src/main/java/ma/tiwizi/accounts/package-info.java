/**
 * Who may do what: user accounts and their roles, sign-in protection, personal API tokens and the audit trail.
 */
package ma.tiwizi.accounts;
