package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A counted message takes the form its language's grammar gives each number: Arabic has six. */
class CountedMessagesTest {

    private final org.springframework.context.MessageSource messages = new I18nConfig().messageSource();

    private String left(long n, String language) {
        return messages.getMessage("market.product.fewLeft", new Object[] {n}, Locale.forLanguageTag(language));
    }

    @Test
    void arabicCountsTakeTheirSixForms() {
        assertThat(left(0, "ar")).isEqualTo("نفدت الكمية");
        assertThat(left(1, "ar")).isEqualTo("بقيت وحدة واحدة فقط");
        assertThat(left(2, "ar")).isEqualTo("بقيت وحدتان فقط");
        assertThat(left(3, "ar")).isEqualTo("بقيت 3 وحدات فقط");
        assertThat(left(11, "ar")).isEqualTo("بقيت 11 وحدة فقط");
        assertThat(left(100, "ar")).isEqualTo("بقيت 100 وحدة فقط");
    }

    @Test
    void frenchAndEnglishCountsKeepLatinDigits() {
        assertThat(left(3, "fr")).isEqualTo("Plus que 3 en stock");
        assertThat(left(1, "en")).isEqualTo("Only 1 left");
        assertThat(left(1250, "ar")).doesNotContain("١");
    }

    private static final long[] COUNTS = {0, 1, 2, 3, 11, 100};

    /** Every message written with ICU forms, in every language, for 0, 1, 2, 3, 11 and 100. */
    @Test
    void everyCountedMessageIsWrittenForEveryCountInEveryLanguage() throws java.io.IOException {
        var counted = bundles().entrySet().stream().filter(e -> e.getValue().contains("plural,")).toList();
        assertThat(counted).as("counted messages").hasSizeGreaterThan(60);
        for (var message : counted) {
            String key = message.getKey().substring(message.getKey().indexOf('|') + 1);
            String language = message.getKey().substring(0, message.getKey().indexOf('|'));
            for (long n : COUNTS) {
                Object[] args = {n, n, n, n};
                String text = messages.getMessage(key, args, Locale.forLanguageTag(language));
                assertThat(text).as(language + " " + key + " for " + n).doesNotContain("{").doesNotContain("}")
                        .doesNotContain("#").doesNotContainPattern("[\\u0660-\\u0669]");
            }
        }
    }

    /** A bare count before one of these nouns is the mistake this class of messages had ("1 حصص"). */
    @Test
    void noArabicMessagePutsABareCountBeforeAPluralNoun() throws java.io.IOException {
        var bare = java.util.regex.Pattern.compile(
                "\\{\\d}\\s*(حصص|حصة|أسئلة|سؤال|حاضرون|حاضرين|أعضاء|عضو|سنوات|سنة|تعاونية|تعاونيات|منتوجات|منتوج"
                        + "|مقعد|مقاعد|حساب|سطر|أسطر|صور|ترشيح|تقييمات|مشاركين|عملية)");
        // allowed: a duration with decimals (1,5 سنة) and fixed limits in the thousands, which take the singular
        var allowed = java.util.Set.of("ar|bizplan.indicator.years", "ar|market.search.countMany",
                "ar|registry.list.countMany",
                "ar|registry.import.error.tooManyRows");
        var offenders = bundles().entrySet().stream().filter(e -> e.getKey().startsWith("ar|"))
                .filter(e -> !allowed.contains(e.getKey()))
                .filter(e -> bare.matcher(e.getValue()).find()).map(Map.Entry::getKey).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void arabicCountsOfSessionsQuestionsAndPeopleTakeTheirForms() {
        String[] sessions = {"الشهادة بعد حضور 0 حصة", "الشهادة بعد حضور حصة واحدة", "الشهادة بعد حضور حصتين",
                "الشهادة بعد حضور 3 حصص", "الشهادة بعد حضور 11 حصة", "الشهادة بعد حضور 100 حصة"};
        for (int i = 0; i < COUNTS.length; i++) {
            assertThat(messages.getMessage("training.programme.sessionsRequired", new Object[] {COUNTS[i]},
                    Locale.forLanguageTag("ar"))).isEqualTo(sessions[i]);
        }
        assertThat(messages.getMessage("funding.review.present", new Object[] {1}, Locale.forLanguageTag("ar")))
                .isEqualTo("حاضر واحد");
        assertThat(messages.getMessage("training.tests.hint", new Object[] {2}, Locale.forLanguageTag("ar")))
                .contains("عن سؤالين");
        assertThat(messages.getMessage("training.programme.sessionsRequired", new Object[] {1}, Locale.FRENCH))
                .isEqualTo("Attestation après 1 séance");
        // a count that arrives written, as refusals carry their arguments, is counted too
        assertThat(messages.getMessage("funding.rule.members", new Object[] {"2"}, Locale.forLanguageTag("ar")))
                .isEqualTo("عضوان على الأقل.");
    }

    @Test
    void aSentenceAboutAPersonTakesHerOrHisGender() {
        assertThat(messages.getMessage("training.error.notAttended", new Object[] {0, 1, "F"},
                Locale.forLanguageTag("ar"))).contains("حضرت هذه المشاركة 0 من 1");
        assertThat(messages.getMessage("training.error.notAttended", new Object[] {0, 1, "M"},
                Locale.forLanguageTag("ar"))).contains("حضر هذا المشارك 0 من 1");
        assertThat(messages.getMessage("training.error.notAttended", new Object[] {0, 1, "F"}, Locale.FRENCH))
                .contains("cette participante en a suivi 0 sur 1");
        var arabic = Locale.forLanguageTag("ar");
        assertThat(messages.getMessage("training.invitation.withdrawConfirm", new Object[] {"ليلى", "F"}, arabic))
                .endsWith("سيتحرر مقعدها");
        assertThat(messages.getMessage("training.invitation.withdrawConfirm", new Object[] {"يوسف", "M"}, arabic))
                .endsWith("سيتحرر مقعده");
        Object[] certificate = {"ليلى", "تعاونية", "برنامج", "01/07/2030", "10/07/2030", "تالوين", "التسويق", "F"};
        assertThat(messages.getMessage("training.certificate.body", certificate, arabic)).contains("شاركت في")
                .contains("وتابعت الوحدات");
        certificate[7] = "M";
        assertThat(messages.getMessage("training.certificate.body", certificate, arabic)).contains("شارك في")
                .contains("وتابع الوحدات");
    }

    /** Every message of every bundle, keyed "language|key". */
    private static Map<String, String> bundles() throws java.io.IOException {
        var all = new java.util.TreeMap<String, String>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:messages/*_*.properties")) {
            String name = resource.getFilename();
            String language = name.substring(name.lastIndexOf('_') + 1, name.indexOf('.'));
            var properties = new java.util.Properties();
            try (var in = resource.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            properties.stringPropertyNames().forEach(k -> all.put(language + "|" + k, properties.getProperty(k)));
        }
        return all;
    }
}
