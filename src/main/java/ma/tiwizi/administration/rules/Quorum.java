package ma.tiwizi.administration.rules;

/**
 * How many members, present or represented, a general assembly needs to decide anything (art. 43): an ordinary
 * assembly half of the members at the first call, a quarter at the second, a tenth at the third; an extraordinary one
 * three quarters, then half, then a tenth; at the third call never fewer than two. A fraction of a member counts as a
 * whole one: half of 11 members is 6.
 */
public final class Quorum {

    private static final int[][] ORDINARY = {{1, 2}, {1, 4}, {1, 10}};
    private static final int[][] EXTRAORDINARY = {{3, 4}, {1, 2}, {1, 10}};

    private Quorum() {
    }

    /** Members present or represented needed at this call (1, 2 or 3) of an assembly of {@code members}. */
    public static int required(AssemblyKind kind, int call, int members) {
        if (call < 1 || call > 3) {
            throw new IllegalArgumentException("a general assembly is called at most three times: " + call);
        }
        if (members < 0) {
            throw new IllegalArgumentException("members: " + members);
        }
        int[] fraction = (kind == AssemblyKind.ORDINARY ? ORDINARY : EXTRAORDINARY)[call - 1];
        int needed = (members * fraction[0] + fraction[1] - 1) / fraction[1];
        return call == 3 ? Math.max(needed, 2) : needed;
    }

    public static boolean reached(AssemblyKind kind, int call, int members, int presentOrRepresented) {
        return presentOrRepresented >= required(kind, call, members);
    }
}
