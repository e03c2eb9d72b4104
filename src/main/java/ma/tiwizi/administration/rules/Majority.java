package ma.tiwizi.administration.rules;

/**
 * What a resolution needs to pass (art. 43). Only votes cast count: an abstention is not a vote. One member, one vote.
 */
public enum Majority {

    /** More votes for than against (ordinary assembly); a tie is broken by the chair's vote. */
    ABSOLUTE,
    /**
     * Two thirds of the votes cast: an extraordinary assembly, and in any assembly the exclusion of a member (art. 20)
     * and the re-election of a director (art. 52).
     */
    TWO_THIRDS;

    public static Majority of(AssemblyKind kind) {
        return kind == AssemblyKind.ORDINARY ? ABSOLUTE : TWO_THIRDS;
    }

    /** The votes on one resolution. */
    public record Votes(int inFavour, int against, int abstentions) {

        public Votes {
            if (inFavour < 0 || against < 0 || abstentions < 0) {
                throw new IllegalArgumentException("votes are counted from zero");
            }
        }

        public int cast() {
            return inFavour + against;
        }
    }

    /**
     * Whether the resolution passes. {@code chairInFavour} is the chair's own vote, which breaks a tie under the
     * absolute majority (null when the chair did not vote: a tie then fails).
     */
    public boolean passes(Votes votes, Boolean chairInFavour) {
        int cast = votes.cast();
        if (cast == 0) {
            return false;
        }
        if (this == TWO_THIRDS) {
            return 3L * votes.inFavour() >= 2L * cast;
        }
        if (votes.inFavour() == votes.against()) {
            return Boolean.TRUE.equals(chairInFavour);
        }
        return votes.inFavour() > votes.against();
    }
}
