package ma.tiwizi.platform.config;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Several requests of one session (a double tap, a page and its fragments) may write the same session attribute at
 * once, such as a flash message; Spring Session's plain insert then fails on the second. Attributes are upserted:
 * Spring Session's own statement on PostgreSQL, H2's {@code MERGE} on the embedded database.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
}
