/**
 * Who may do what: user accounts and their roles, sign-in protection, personal API tokens and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry"})
package ma.tiwizi.accounts;
