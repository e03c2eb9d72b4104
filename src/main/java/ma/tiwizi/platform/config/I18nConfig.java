package ma.tiwizi.platform.config;

import com.ibm.icu.util.ULocale;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Arabic by default; {@code ?lang=fr} switches and a cookie remembers the choice for a year. */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    static final String[] BUNDLES = {"messages/platform", "messages/accounts", "messages/registry", "messages/bizplan",
            "messages/funding", "messages/notifications", "messages/training", "messages/market", "messages/insights",
            "messages/administration"};

    @Bean
    MessageSource messageSource() {
        var source = new LatinDigitsMessageSource();
        source.setBasenames(BUNDLES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locales.ARABIC);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /**
     * Numbers inside messages keep Latin digits in Arabic too (1 250, not ١٬٢٥٠), as Moroccan documents write them,
     * and whole numbers are never grouped (years).
     * A message with a count is written with ICU plural rules ({@code {0, plural, one {…} two {…} few {…} …}}), or
     * about a person with {@code {n, select, F {…} other {…}}}, and formatted by ICU4J, which knows the six forms of
     * Arabic (and French's "0 is singular").
     */
    static class LatinDigitsMessageSource extends ResourceBundleMessageSource {
        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            return new MessageFormat(msg, latin(locale));
        }

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            Locale wanted = locale == null ? Locales.ARABIC : locale;
            String pattern = code == null ? null : resolveCodeWithoutArguments(code, wanted);
            if (pattern != null && (pattern.contains("plural,") || pattern.contains("select,"))) {
                return new com.ibm.icu.text.MessageFormat(pattern, ULocale.forLocale(latin(wanted)))
                        .format(counts(args));
            }
            return super.getMessageInternal(code, whole(args), locale);
        }

        /** Counts that arrive written ("12", as refusals carry their arguments) are counted again as numbers. */
        private static Object[] counts(Object[] args) {
            if (args == null) {
                return new Object[0];
            }
            Object[] counted = args.clone();
            for (int i = 0; i < counted.length; i++) {
                if (counted[i] instanceof String text && text.matches("-?\\d{1,15}")) {
                    counted[i] = Long.valueOf(text);
                }
            }
            return counted;
        }

        /**
         * Whole numbers are written as they are (a year is 1990, never 1,990); amounts and counts that want grouping
         * come already written by {@code Ui.money} or {@code Ui.number}.
         */
        private static Object[] whole(Object[] args) {
            if (args == null) {
                return null;
            }
            Object[] written = args.clone();
            for (int i = 0; i < written.length; i++) {
                if (written[i] instanceof Integer || written[i] instanceof Long || written[i] instanceof Short) {
                    written[i] = written[i].toString();
                }
            }
            return written;
        }

        private static Locale latin(Locale locale) {
            return Locale.forLanguageTag(locale.toLanguageTag() + "-u-nu-latn");
        }
    }

    /** Bean Validation messages such as {@code {registry.error.ice}} come from the same bundles, in the user's language. */
    @Bean
    LocalValidatorFactoryBean validator(MessageSource messageSource) {
        var validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("tiwizi-lang");
        // pages start in Arabic whatever the browser says; API clients may ask with Accept-Language
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                && request.getHeader("Accept-Language") != null ? Locales.supported(request.getLocale())
                        : Locales.ARABIC);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
    }

    /**
     * Switches the interface's language on {@code ?lang=}, ignoring a language Tiwizi does not speak; on a document's
     * address (a PDF, a workbook) it chooses the document's language only.
     */
    static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            setParamName("lang");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            String lang = request.getParameter(getParamName());
            if (lang == null || !Locales.isSupported(lang)) {
                return true;
            }
            if (isDocument(request)) {
                // a PDF or workbook asked in French is a French document; the interface keeps its language
                request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
                        Locales.supported(Locale.forLanguageTag(lang)));
                return true;
            }
            return super.preHandle(request, response, handler);
        }

        private static boolean isDocument(HttpServletRequest request) {
            String path = request.getRequestURI();
            return path.endsWith(".pdf") || path.endsWith(".xlsx");
        }
    }
}
