package ma.tiwizi.registry;

import java.util.Set;

/**
 * Whether a cooperative works. Active and dormant can turn into each other; dissolution is final (a dissolved
 * cooperative that starts again registers anew).
 */
public enum CooperativeStatus {
    ACTIVE, DORMANT, DISSOLVED;

    public Set<CooperativeStatus> next() {
        return switch (this) {
            case ACTIVE -> Set.of(DORMANT, DISSOLVED);
            case DORMANT -> Set.of(ACTIVE, DISSOLVED);
            case DISSOLVED -> Set.of();
        };
    }

    public boolean canBecome(CooperativeStatus target) {
        return next().contains(target);
    }
}
