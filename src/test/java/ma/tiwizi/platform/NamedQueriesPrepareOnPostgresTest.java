package ma.tiwizi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every named statement of every module is valid on PostgreSQL against the migrated schema: the server parses it and
 * describes its parameters, so a misspelt column or a table a migration renamed fails here, not on the page that
 * happens to run it.
 */
class NamedQueriesPrepareOnPostgresTest extends PostgresIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyNamedStatementParsesOnPostgresql() throws Exception {
        var statements = NamedQueriesTest.statementsOf();
        assertThat(statements).hasSizeGreaterThan(200);
        var refused = new ArrayList<String>();
        try (var connection = dataSource.getConnection()) {
            for (String[] statement : statements) {
                try (var prepared = connection.prepareStatement(statement[1])) {
                    prepared.getParameterMetaData();
                } catch (SQLException e) {
                    refused.add(statement[0] + ": " + e.getMessage());
                }
            }
        }
        assertThat(refused).isEmpty();
    }
}
