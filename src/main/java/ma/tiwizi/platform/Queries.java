package ma.tiwizi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A module's SQL, read once from {@code queries/<module>.sql}, where each statement stands under a
 * {@code -- name: Type.method} line (the yesql convention, named like Spring Data's named queries). A reader finds
 * every statement a module runs in one file, beside the others on the same tables; {@code NamedQueriesTest} prepares
 * each one on PostgreSQL and H2 against the migrated schema and fails on a name used but not written, or written but
 * not used. Other comment lines in the file are for the reader and are dropped.
 */
public final class Queries {

    private static final Pattern NAME = Pattern.compile("^--\\s*name:\\s*(\\S+)\\s*$");
    private static final Map<String, Queries> LOADED = new ConcurrentHashMap<>();

    private final String module;
    private final Map<String, String> statements;

    private Queries(String module, Map<String, String> statements) {
        this.module = module;
        this.statements = statements;
    }

    /** The named statements of one module ({@code funding}, {@code market} …). */
    public static Queries of(String module) {
        return LOADED.computeIfAbsent(module, Queries::load);
    }

    /** The statement written under {@code -- name: <name>}; a name not in the file is a programming error. */
    public String get(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("No query named " + name + " in queries/" + module + ".sql");
        }
        return sql;
    }

    /** Every statement by name, in the order of the file. */
    public Map<String, String> all() {
        return statements;
    }

    private static Queries load(String module) {
        var resource = new ClassPathResource("queries/" + module + ".sql");
        String text;
        try (var in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read queries/" + module + ".sql", e);
        }
        return new Queries(module, parse(module, text));
    }

    static Map<String, String> parse(String module, String text) {
        var statements = new LinkedHashMap<String, String>();
        String name = null;
        var sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            var header = NAME.matcher(line.strip());
            if (header.matches()) {
                put(module, statements, name, sql);
                name = header.group(1);
                sql.setLength(0);
            } else if (!line.strip().startsWith("--") && name != null) {
                sql.append(line.stripTrailing()).append('\n');
            }
        }
        put(module, statements, name, sql);
        return Collections.unmodifiableMap(statements);
    }

    private static void put(String module, Map<String, String> statements, String name, StringBuilder sql) {
        if (name == null) {
            return;
        }
        if (statements.putIfAbsent(name, sql.toString().strip()) != null) {
            throw new IllegalStateException("Two queries named " + name + " in queries/" + module + ".sql");
        }
    }
}
