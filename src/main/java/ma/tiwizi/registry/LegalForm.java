package ma.tiwizi.registry;

/** The legal form under law 112-12: a cooperative or a union of cooperatives. */
public enum LegalForm {
    COOPERATIVE, UNION
}
