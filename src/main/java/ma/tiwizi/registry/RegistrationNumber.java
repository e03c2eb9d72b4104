package ma.tiwizi.registry;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number from a court's local register of cooperatives, as written on the registration certificate (ADR 0008): a
 * serial number, possibly with the year and the court's or town's initials, in parts separated by a slash, a dash, a
 * dot or a space ({@code 1234}, {@code 1234/2019}, {@code TRD-2020-028}); at least one digit, letters and digits
 * only otherwise, at most 40 characters. Empty is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistrationNumber.Check.class)
public @interface RegistrationNumber {

    String message() default "{registry.error.registrationNumberForm}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for the import and the registry. */
    final class Rule {

        private Rule() {
        }

        /** Parts of letters (Latin or Arabic) and digits, joined by one separator. */
        private static final Pattern FORM = Pattern.compile(
                "[\\p{IsLatin}\\p{IsArabic}\\d]+(?:[ ./-][\\p{IsLatin}\\p{IsArabic}\\d]+)*");
        private static final Pattern DIGIT = Pattern.compile("\\d");

        /**
         * The number as stored: spaces trimmed, collapsed and taken from around separators, Arabic-Indic digits as
         * Latin ones, Latin in capitals.
         */
        public static String clean(String number) {
            if (number == null) {
                return null;
            }
            var out = new StringBuilder(number.length());
            number.strip().codePoints().map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
                    .forEach(out::appendCodePoint);
            return out.toString().replaceAll("\\s+", " ").replaceAll(" ?([/.-]) ?", "$1")
                    .toUpperCase(Locale.ROOT);
        }

        public static boolean valid(String number) {
            String cleaned = clean(number);
            return cleaned != null && cleaned.length() <= 40 && FORM.matcher(cleaned).matches()
                    && DIGIT.matcher(cleaned).find();
        }
    }

    class Check implements ConstraintValidator<RegistrationNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Rule.valid(value);
        }
    }
}
