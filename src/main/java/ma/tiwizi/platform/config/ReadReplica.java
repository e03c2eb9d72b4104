package ma.tiwizi.platform.config;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code tiwizi.replica.url} set, read-only transactions ({@code @Transactional(readOnly = true)}: the storefront,
 * dashboards, lists, exports) read a PostgreSQL replica and everything else the primary. The application's data source
 * becomes Spring's {@link LazyConnectionDataSourceProxy}, which takes its connection only once it knows whether the
 * transaction is read-only; see {@link ReplicaOrPrimary} for a replica that is down and {@link ReadYourWrites} for a
 * session that just wrote.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tiwizi.replica.url")
class ReadReplica {

    @Bean
    static BeanPostProcessor readsFromTheReplica(Environment environment, ObjectProvider<Clock> clock) {
        var replica = replica(environment);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
                    return bean;
                }
                var pool = new HikariDataSource();
                pool.setPoolName("replica");
                pool.setJdbcUrl(replica.url());
                pool.setUsername(replica.username() != null ? replica.username()
                        : environment.getProperty("spring.datasource.username"));
                pool.setPassword(replica.password() != null ? replica.password()
                        : environment.getProperty("spring.datasource.password"));
                pool.setMaximumPoolSize(environment.getProperty("spring.datasource.hikari.maximum-pool-size",
                        Integer.class, 10));
                pool.setReadOnly(true);
                pool.setInitializationFailTimeout(-1);
                var routed = new LazyConnectionDataSourceProxy(primary);
                routed.setReadOnlyDataSource(new ReplicaOrPrimary(pool, primary, replica.retryAfter(),
                        clock.getIfAvailable(Clock::systemUTC)));
                return routed;
            }
        };
    }

    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWrites(Environment environment, Clock clock) {
        var registration = new FilterRegistrationBean<>(new ReadYourWrites(replica(environment).readOwnWritesFor(),
                clock));
        registration.setOrder(0);
        return registration;
    }

    private static ReplicaProperties replica(Environment environment) {
        return Binder.get(environment).bind("tiwizi.replica", ReplicaProperties.class).get();
    }
}
