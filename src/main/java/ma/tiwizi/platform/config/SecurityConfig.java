package ma.tiwizi.platform.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import ma.tiwizi.platform.ApiTokenAuthenticator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two chains: the JSON API (stateless, HTTP Basic or a personal token, 401/403 as ProblemDetail) and the pages (form
 * login, sessions in the database, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, behind a prefix so the hash can be upgraded without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticator tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "Authentication required: HTTP Basic or a personal API token (Authorization: Bearer ...).");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "You may not access this resource.");
        // Prometheus scrapes /actuator/prometheus with an administrator's personal API token, like any API client
        return http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/password/forgot", "/password/reset", "/password/link/*", "/signup", "/signup/*", "/verify/**", "/checkin/**", "/learning/**", "/shop", "/shop/**", "/sitemap.xml", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        // the published calls for projects are public: anyone may read them before creating an account
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/calls", "/calls/*").permitAll()
                        .requestMatchers("/admin/**", "/actuator", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // adding to a cart needs no token: forged, it could only put an item in someone's cart (checkout
                // keeps its token), and product pages then open no session for every passer-by
                .csrf(csrf -> csrf.ignoringRequestMatchers("/shop/cart", "/shop/cart/update"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'"))
                        // sent only over https (behind a TLS proxy, X-Forwarded-Proto makes the request secure)
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(SecurityConfig::referrerPolicy)
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")))
                .build();
    }

    /** Pages whose address is itself a secret (check-in codes, test links, order keys, certificate codes). */
    private static final List<String> SECRET_ADDRESSES = List.of("/checkin/", "/learning/", "/shop/orders/placed",
            "/verify/");

    /** The address of the page is never sent to another site; that of a page holding a secret to none at all. */
    private static void referrerPolicy(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean secret = SECRET_ADDRESSES.stream().anyMatch(path::startsWith);
        response.setHeader("Referrer-Policy", secret ? "no-referrer" : "strict-origin-when-cross-origin");
    }

    /** No account's username is longer (the sign-in also refuses longer ones before reading the database). */
    private static final int MAX_USERNAME = 60;

    /** Back to the sign-in page with the reason and the username kept, so only the password is typed again. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            if (username != null && username.length() > MAX_USERNAME) {
                // kilobytes typed as a username: a bad request, not a sign-in page that would carry them along
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "error";
            String kept = username == null ? "" : "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
            response.sendRedirect(request.getContextPath() + "/login?" + reason + kept);
        };
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = Map.of("type", "about:blank", "title", status.getReasonPhrase(), "detail", detail)
                .entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "'") + "\"")
                .reduce((a, b) -> a + "," + b).orElse("");
        response.getWriter().write("{" + body + ",\"status\":" + status.value() + "}");
    }

    /** Accepts {@code Authorization: Bearer <personal API token>}. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokenAuthenticator tokens;
        private final AuthenticationEntryPoint unauthorized;

        BearerTokenFilter(ApiTokenAuthenticator tokens, AuthenticationEntryPoint unauthorized) {
            this.tokens = tokens;
            this.unauthorized = unauthorized;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var principal = tokens.authenticate(header.substring(7).trim());
                if (principal.isEmpty()) {
                    unauthorized.commence(request, response, new BadTokenException());
                    return;
                }
                var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                        principal.get().getAuthorities());
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
            chain.doFilter(request, response);
        }
    }

    static final class BadTokenException extends AuthenticationException {
        BadTokenException() {
            super("invalid or revoked API token");
        }
    }
}
