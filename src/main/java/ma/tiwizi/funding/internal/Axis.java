package ma.tiwizi.funding.internal;

/** The INDH programme 3 axis a call belongs to. */
public enum Axis {
    SOLIDARITY_ECONOMY, ENTREPRENEURSHIP, EMPLOYABILITY
}
