package ma.tiwizi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from the message bundles, in Arabic, French and English: no literal text in a template,
 * no key missing from a language, no key twice, no Arabic or French value left in English.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final List<String> LANGUAGES = List.of("ar", "fr", "en");

    /** Words that really are the same in these languages: language names, the brand, two administrative terms. */
    private static final Set<String> SAME_IN_ALL = Set.of("platform.lang.ar", "platform.lang.fr", "platform.lang.en",
            "platform.app.name", "registry.field.commune", "registry.field.cercle", "platform.nav.menuOpen",
            "notifications.inbox.title");

    private static final Pattern CHECKED_ATTRIBUTES = Pattern.compile(
            "\\b(placeholder|title|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LITERAL_KEY = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.-]+)\"[,)]");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String visible = visibleText(Files.readString(template));
            for (String line : visible.split("\n")) {
                if (line.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(TEMPLATES.relativize(template) + ": " + line.strip());
                }
            }
        }
        assertThat(problems).as("literal text in templates (use ui.t(\"key\"))").isEmpty();
    }

    @Test
    void theCheckerCatchesLiteralText() {
        assertThat(visibleText("<p>Hello ${ui.t(\"a\")}</p>")).contains("Hello");
        assertThat(visibleText("<input placeholder=\"Search\">")).contains("Search");
        assertThat(visibleText("@if(x)<b>${ui.t(\"k\")}</b>@endif")).doesNotContainPattern("\\p{L}");
        assertThat(visibleText("@template.layout(ui = ui, content = @`<h1>Title</h1>`)")).contains("Title");
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String bundle : bundles()) {
            Set<String> english = read(bundle, "en").keySet();
            for (String language : List.of("ar", "fr")) {
                Set<String> keys = read(bundle, language).keySet();
                assertThat(new TreeSet<>(keys)).as(bundle + "_" + language + " against English")
                        .isEqualTo(new TreeSet<>(english));
            }
        }
    }

    @Test
    void noKeyAppearsTwiceInABundle() throws IOException {
        for (String bundle : bundles()) {
            for (String language : LANGUAGES) {
                Set<String> seen = new HashSet<>();
                List<String> duplicates = new ArrayList<>();
                for (String line : Files.readAllLines(file(bundle, language), StandardCharsets.UTF_8)) {
                    String key = key(line);
                    if (key != null && !seen.add(key)) {
                        duplicates.add(key);
                    }
                }
                assertThat(duplicates).as(bundle + "_" + language + " duplicate keys").isEmpty();
            }
        }
    }

    /**
     * Messages are formatted by MessageFormat, where a single apostrophe opens a quoted run: "the member's {0}" would
     * lose its apostrophe and its argument. Every apostrophe in a bundle is written twice.
     */
    @Test
    void everyApostropheIsWrittenTwiceSoMessageFormatKeepsItAndTheArgumentsAfterIt() throws IOException {
        var single = java.util.regex.Pattern.compile("(?<!')'(?!')");
        var found = new java.util.ArrayList<String>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("file:src/main/resources/messages/*.properties")) {
            var properties = new java.util.Properties();
            try (var in = resource.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            properties.forEach((key, value) -> {
                if (single.matcher(value.toString()).find()) {
                    found.add(resource.getFilename() + ": " + key);
                }
            });
        }
        assertThat(found).isEmpty();
    }

    @Test
    void arabicAndFrenchAreTranslatedNotCopiedFromEnglish() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (String bundle : bundles()) {
            Map<String, String> english = read(bundle, "en");
            for (String language : List.of("ar", "fr")) {
                read(bundle, language).forEach((key, value) -> {
                    if (value.equals(english.get(key)) && !SAME_IN_ALL.contains(key)) {
                        untranslated.add(bundle + "_" + language + ": " + key + "=" + value);
                    }
                });
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundles()) {
            known.addAll(read(bundle, "en").keySet());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The text of a template a reader would see: markup, JTE code and expressions removed. */
    static String visibleText(String template) {
        var out = new StringBuilder();
        var blocks = new ArrayList<String>();
        blocks.add(template);
        while (!blocks.isEmpty()) {
            String source = blocks.remove(0);
            out.append(stripCode(source, blocks)).append('\n');
        }
        String text = out.toString().replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("(?s)<script.*?</script>", "");
        var attributes = new StringBuilder();
        Matcher tag = Pattern.compile("(?s)<[^>]*>").matcher(text);
        while (tag.find()) {
            Matcher attribute = CHECKED_ATTRIBUTES.matcher(tag.group());
            while (attribute.find()) {
                attributes.append(attribute.group(2)).append('\n');
            }
        }
        text = tag.replaceAll(" ") + "\n" + attributes;
        return text.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
    }

    /** Removes JTE code; content blocks (@`...`) found inside calls are queued to be read as text too. */
    private static String stripCode(String s, List<String> blocks) {
        var out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("@import", i) || s.startsWith("@param", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("${", i) || s.startsWith("!{", i) || s.startsWith("$unsafe{", i)) {
                i = skipBalanced(s, s.indexOf('{', i), '{', '}', blocks);
            } else if (s.startsWith("@template.", i) || s.startsWith("@if(", i) || s.startsWith("@elseif(", i)
                    || s.startsWith("@for(", i)) {
                i = skipBalanced(s, s.indexOf('(', i), '(', ')', blocks);
            } else if (s.startsWith("@endif", i) || s.startsWith("@endfor", i)) {
                i += s.startsWith("@endif", i) ? 6 : 7;
            } else if (s.startsWith("@else", i)) {
                i += 5;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static int skipBalanced(String s, int open, char opening, char closing, List<String> blocks) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i = s.indexOf('"', i + 1);
                while (i > 0 && s.charAt(i - 1) == '\\') {
                    i = s.indexOf('"', i + 1);
                }
            } else if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '`') {
                int end = s.indexOf('`', i + 2);
                blocks.add(s.substring(i + 2, end));
                i = end;
            } else if (c == opening) {
                depth++;
            } else if (c == closing) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return s.length();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).sorted().toList();
        }
    }

    private static Path file(String bundle, String language) {
        return BUNDLES.resolve(bundle + "_" + language + ".properties");
    }

    private static Map<String, String> read(String bundle, String language) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file(bundle, language), StandardCharsets.UTF_8)) {
            String key = key(line);
            if (key != null) {
                entries.put(key, line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return entries;
    }

    private static String key(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.indexOf('=') < 0) {
            return null;
        }
        return trimmed.substring(0, trimmed.indexOf('=')).strip();
    }
}
