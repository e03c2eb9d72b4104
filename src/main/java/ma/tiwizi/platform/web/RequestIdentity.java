package ma.tiwizi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer says which node gave it ({@code X-Tiwizi-Node}) and carries its request id ({@code X-Request-Id}: the
 * proxy's when it sent a sensible one, else a new one), and every log line written while serving it names that id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdentity extends OncePerRequestFilter {

    static final String NODE_HEADER = "X-Tiwizi-Node";
    static final String REQUEST_HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private final String node;

    RequestIdentity(@Value("${tiwizi.node-name:}") String configured) {
        this.node = configured.isBlank() ? defaultName() : configured;
    }

    private static String defaultName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "node-" + ProcessHandle.current().pid();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(REQUEST_HEADER);
        String id = given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(NODE_HEADER, node);
        response.setHeader(REQUEST_HEADER, id);
        MDC.put("requestId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
