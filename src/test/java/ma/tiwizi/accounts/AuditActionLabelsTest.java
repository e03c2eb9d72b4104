package ma.tiwizi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.tiwizi.market.orders.OrderStatus;
import org.junit.jupiter.api.Test;

/**
 * Every action the code records in the audit trail has its label in Arabic, French and English: the actions are read
 * from the sources themselves (each {@code Audited} written with a literal, both sides of a conditional), plus the
 * order statuses, recorded by name. A new action recorded without its labels fails here.
 */
class AuditActionLabelsTest {

    private static final Pattern LITERAL = Pattern.compile(
            "(?:Audited\\.by\\(|new Audited\\([^,]+,\\s*)(?:[\\w.()!]+\\s*\\?\\s*)?\"([a-z-]+)\"(?:\\s*:\\s*\"([a-z-]+)\")?");

    private static Set<String> recordedActions() throws IOException {
        var actions = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                    if (matcher.group(2) != null) {
                        actions.add(matcher.group(2));
                    }
                }
            }
        }
        Arrays.stream(OrderStatus.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).forEach(actions::add);
        return actions;
    }

    @Test
    void everyRecordedActionHasItsLabelInEveryLanguage() throws IOException {
        var actions = recordedActions();
        assertThat(actions).contains("create", "decide", "accept", "decline", "verify", "reject", "delivered")
                .hasSizeGreaterThan(30);
        for (String language : new String[] {"ar", "fr", "en"}) {
            var bundle = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream(
                    "/messages/accounts_" + language + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            assertThat(actions).as("actions without a label in " + language)
                    .allMatch(action -> bundle.containsKey("accounts.audit.action." + action));
        }
    }
}
