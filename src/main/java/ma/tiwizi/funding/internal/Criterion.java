package ma.tiwizi.funding.internal;

/** The default scoring grid of a call and each criterion's weight (they add up to 100). */
public enum Criterion {
    VALUE_CHAIN_FIT(20), VIABILITY(30), SOCIAL_IMPACT(20), SUSTAINABILITY(15), CAPACITY(15);

    public static final int MAX_SCORE = 10;

    public final int weight;

    Criterion(int weight) {
        this.weight = weight;
    }
}
