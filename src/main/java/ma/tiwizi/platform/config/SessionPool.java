package ma.tiwizi.platform.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Session reads and writes the session row on every signed-in request (its last access). It gets a small pool
 * of its own on the same database, whose PostgreSQL connections commit without waiting for the disk
 * ({@code synchronous_commit = off}): a crash can lose at most the last fraction of a second of "last access" times
 * and brand-new sign-ins, never a business change; those go through the main pool, and so do the deletions that end
 * a user's sessions when their rights change. Measured: a third of a signed-in page's time was that wait.
 */
@Configuration(proxyBeanMethods = false)
class SessionPool {

    @Bean(defaultCandidate = false)
    @SpringSessionDataSource
    HikariDataSource sessionDataSource(DataSourceProperties properties) {
        var pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("sessions");
        pool.setMaximumPoolSize(8);
        if (properties.determineUrl() != null && properties.determineUrl().startsWith("jdbc:postgresql:")) {
            pool.setConnectionInitSql("set synchronous_commit to off");
        }
        return pool;
    }

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactions(@SpringSessionDataSource DataSource sessions) {
        return new DataSourceTransactionManager(sessions);
    }
}
