package ma.tiwizi.platform.config;

import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health and readiness say DOWN when the database cannot answer a real read of Tiwizi's own tables within two
 * seconds — not just when no connection can be opened (a connection can stay "valid" while every query fails, as
 * after an embedded database closed itself). Runs the query every time health is asked: it costs a primary-key read.
 */
@Component("database")
class DatabaseHealth extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;

    DatabaseHealth(DataSource dataSource) {
        super("The database does not answer");
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(2);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Integer migrations = jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class);
        builder.up().withDetail("migrations", migrations == null ? 0 : migrations);
    }
}
