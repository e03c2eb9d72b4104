package ma.tiwizi.administration.rules;

/**
 * The two kinds of general assembly (arts. 41–42): the ordinary one (the annual accounts, the surplus, directors,
 * admissions) and the extraordinary one (statutes, merger, dissolution, exclusion of a member).
 */
public enum AssemblyKind {
    ORDINARY,
    EXTRAORDINARY
}
