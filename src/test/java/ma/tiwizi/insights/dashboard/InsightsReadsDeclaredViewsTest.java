package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboards read of other modules only the views those modules declare for them, and each view still gives
 * every column insights selects: a module that renames a column must keep its view whole in the same migration, or
 * this fails before any dashboard does at run time.
 */
class InsightsReadsDeclaredViewsTest extends PostgresIntegrationTest {

    /** A table or view of another module: its name starts with the module's. */
    private static final Pattern MODULE_RELATION =
            Pattern.compile("\\b(?:registry|training|funding|market|bizplan|accounts|territory|administration|notifications)_[a-z_]+\\b");

    @Autowired JdbcClient jdbc;

    @Test
    void everyDeclaredViewGivesTheColumnsInsightsReads() {
        assertThat(Analytics.VIEWS).hasSizeGreaterThanOrEqualTo(8);
        for (var view : Analytics.VIEWS.entrySet()) {
            List<String> columns = jdbc.sql("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = :view""").param("view", view.getKey())
                    .query(String.class).list();
            assertThat(columns).as("columns of " + view.getKey()).containsAll(view.getValue());
            assertThat(jdbc.sql("select count(*) from information_schema.views where table_schema = current_schema() "
                    + "and table_name = :view").param("view", view.getKey()).query(Long.class).single())
                    .as(view.getKey() + " is a view its module declares").isEqualTo(1);
        }
    }

    @Test
    void insightsNamesNoTableOfAnotherModule() throws IOException {
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java/ma/tiwizi/insights"))) {
            // its Java, and the statements it runs, written in its queries file
            var sources = Stream.concat(java.filter(p -> p.toString().endsWith(".java")),
                    Stream.of(Path.of("src/main/resources/queries/insights.sql"))).toList();
            for (Path source : sources) {
                var matcher = MODULE_RELATION.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!Analytics.VIEWS.containsKey(matcher.group())) {
                        undeclared.add(source.getFileName() + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }
}
