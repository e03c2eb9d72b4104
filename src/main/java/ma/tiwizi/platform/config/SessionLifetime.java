package ma.tiwizi.platform.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import ma.tiwizi.platform.TiwiziProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends {@code tiwizi.sessions.max-lifetime} (12 hours) after it began, however active it is (ASVS 3.3.2);
 * the idle timeout ({@code spring.session.timeout}, 30 minutes) is Spring Session's. Runs right after Spring
 * Session has loaded the session and before Spring Security reads who is signed in from it.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionLifetimeFilter(TiwiziProperties properties) {
        Duration max = properties.sessions().maxLifetime();
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                var session = request.getSession(false);
                // the system clock, as Spring Session's own times are (not the application's business clock)
                if (session != null && System.currentTimeMillis() - session.getCreationTime() > max.toMillis()) {
                    session.invalidate();
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
