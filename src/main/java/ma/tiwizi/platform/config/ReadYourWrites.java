package ma.tiwizi.platform.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A writer sees her own change: after a session sends a change (any method but GET, HEAD, OPTIONS), its requests read
 * the primary for a few seconds instead of the replica, which may lag behind. Only installed with a replica.
 */
class ReadYourWrites extends OncePerRequestFilter {

    static final String WROTE_AT = "tiwizi.wroteAt";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ThreadLocal<Boolean> PRIMARY = new ThreadLocal<>();

    private final Duration window;
    private final Clock clock;

    ReadYourWrites(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Whether the request being served must read the primary. */
    static boolean active() {
        return Boolean.TRUE.equals(PRIMARY.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        boolean writes = !READS.contains(request.getMethod());
        boolean wroteLately = session != null && session.getAttribute(WROTE_AT) instanceof Instant at
                && clock.instant().isBefore(at.plus(window));
        PRIMARY.set(writes || wroteLately);
        try {
            chain.doFilter(request, response);
        } finally {
            PRIMARY.remove();
            var after = request.getSession(false);
            if (writes && after != null) {
                after.setAttribute(WROTE_AT, clock.instant());
            }
        }
    }
}
