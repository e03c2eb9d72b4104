package ma.tiwizi.platform.text;

import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Finding a word typed with one letter wrong ({@code زعفرن} for {@code زعفران}) where the database can: PostgreSQL
 * with its trigram index (pg_trgm's word similarity, served by the index the searches already have). The embedded H2
 * database has no trigrams, so there a search matches exact stems only. Searches ask for close spellings only when
 * the exact search found nothing.
 */
@Component
public class CloseSpellings {

    /** Shorter words have too few trigrams for similarity to mean anything. */
    public static final int SHORTEST_WORD = 4;

    private final boolean available;

    CloseSpellings(DataSource dataSource) throws MetaDataAccessException {
        this.available = "PostgreSQL".equals(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    public boolean available() {
        return available;
    }

    /** Whether a search for these words may look for close spellings. */
    public boolean worthTrying(List<String> terms) {
        return available && terms.stream().anyMatch(t -> t.length() >= SHORTEST_WORD);
    }

    /**
     * The SQL condition "the word matches the key in the column (see {@link SearchText#wordCondition}) or, for a
     * word long enough, the key holds a word spelt close to it"; the parameter {@code param} holds the word's stem
     * (the key holds the stems too, and particles would weigh on the similarity).
     */
    public static String condition(String column, String param, String word) {
        String exact = SearchText.wordCondition(column, param, word);
        return word.length() < SHORTEST_WORD ? exact : "(" + exact + " or :" + param + " <% " + column + ")";
    }
}
