package ma.tiwizi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's SQL is written once, under a name, in {@code queries/<module>.sql}: no statement or condition is
 * spelled in Java, every name a class asks for is in its own module's file, and every name written is used.
 * {@link #statementsOf} is what the database tests prepare on PostgreSQL and H2.
 */
public class NamedQueriesTest {

    static final Path SOURCES = Path.of("src/main/java/ma/tiwizi");

    /** Modules whose SQL is not a module's: what they all stand on, and the demo data set that fills every table. */
    private static final Set<String> NOT_MODULES = Set.of("platform", "demo");

    private static final Pattern LITERAL = Pattern.compile("\"\"\"\\R(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern SQL_TEXT = Pattern.compile(
            "(?is)^\\s*(select|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|with)\\s.*"
                    + "|.*\\b(from|join)\\s+(?-i:[a-z]+_[a-z_]+)\\b.*"
                    + "|.*\\b\\w+\\s*(=|<>|<|>|<=|>=|\\bin)\\s*\\(?:\\w+.*"
                    + "|.*\\b(order|group)\\s+by\\b.*");
    private static final Pattern USE = Pattern.compile("SQL\\.get\\(\"([^\"]+)\"\\)");
    private static final Pattern NAME_LITERAL = Pattern.compile("\"([A-Z]\\w*\\.[\\w.-]+)\"");
    private static final Pattern OWN_FILE = Pattern.compile("Queries\\.of\\(\"(\\w+)\"\\)");

    @Test
    void noModuleSpellsSqlInJava() throws IOException {
        var found = new ArrayList<String>();
        for (Path file : moduleSources()) {
            var matcher = LITERAL.matcher(Files.readString(file));
            while (matcher.find()) {
                String text = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (SQL_TEXT.matcher(text).matches()) {
                    found.add(SOURCES.relativize(file) + ": " + text.strip().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(found).as("SQL written in Java instead of the module's queries file").isEmpty();
    }

    @Test
    void everyNameAskedForIsWrittenInTheModulesOwnFileAndEveryNameWrittenIsAskedFor() throws IOException {
        var asked = new TreeSet<String>();
        var problems = new ArrayList<String>();
        for (Path file : sources(Set.of("demo"))) {
            String source = Files.readString(file);
            String module = moduleOf(file);
            var own = OWN_FILE.matcher(source);
            while (own.find()) {
                if (!own.group(1).equals(module)) {
                    problems.add(SOURCES.relativize(file) + " reads the queries of " + own.group(1));
                }
            }
            var use = USE.matcher(source);
            while (use.find()) {
                if (!Queries.of(module).all().containsKey(use.group(1))) {
                    problems.add(SOURCES.relativize(file) + " asks for " + use.group(1) + ", not in " + module + ".sql");
                }
            }
            // a name may also be handed around before it is asked for (the dashboard's lists and flows)
            var literal = NAME_LITERAL.matcher(source);
            while (literal.find()) {
                asked.add(module + ":" + literal.group(1));
            }
        }
        for (String module : modules()) {
            for (String name : Queries.of(module).all().keySet()) {
                if (!asked.contains(module + ":" + name)) {
                    problems.add(module + ".sql has " + name + ", which no class asks for");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileIsReadByItsNamesAndItsCommentsAreDropped() {
        var statements = Queries.parse("test", """
                -- what this file is for
                -- name: Things.one
                select 1
                  from thing -- a trailing comment stays with its line
                -- a note between two queries
                -- name: Things.two
                update thing set x = 1
                """);
        assertThat(statements).containsOnlyKeys("Things.one", "Things.two");
        assertThat(statements.get("Things.one")).isEqualTo("select 1\n  from thing -- a trailing comment stays with its line");
        assertThat(statements.get("Things.two")).isEqualTo("update thing set x = 1");
    }

    /** The modules that keep a queries file. */
    static List<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/queries"))) {
            return files.map(p -> p.getFileName().toString().replace(".sql", "")).sorted().toList();
        }
    }

    /**
     * The complete statements of every module, with their named parameters turned into JDBC's question marks, ready
     * to prepare. Fragments and statements with {@code {placeholders}} a search or the dashboard fills are left out:
     * the tests of those searches run them.
     */
    public static List<String[]> statementsOf() throws IOException {
        var statements = new ArrayList<String[]>();
        for (String module : modules()) {
            Queries.of(module).all().forEach((name, sql) -> {
                if (sql.matches("(?is)^(select|insert|update|delete|with)\\s.*") && !sql.contains("{")) {
                    statements.add(new String[] {module + ":" + name, positional(sql)});
                }
            });
        }
        return statements;
    }

    /** {@code :name} outside quotes and casts becomes {@code ?}. */
    static String positional(String sql) {
        var out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                out.append('?');
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<Path> moduleSources() throws IOException {
        return sources(NOT_MODULES);
    }

    private static List<Path> sources(Set<String> leftOut) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !leftOut.contains(moduleOf(p))).sorted().toList();
        }
    }

    private static String moduleOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }
}
