package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.tiwizi.platform.UserFacingException;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form as a template shows it: each field's value exactly as the user typed it (even when it did not convert),
 * its error in the user's language, and an error summary whose links lead to the fields. Cross-field checks
 * (validated as properties such as {@code womenUnder35WithinWomen}) are shown beside the field named by {@code aliases}.
 */
public final class Form {

    private final BindingResult binding;
    private final Ui ui;
    private final Map<String, String> aliases;

    public Form(BindingResult binding, Ui ui) {
        this(binding, ui, Map.of());
    }

    public Form(BindingResult binding, Ui ui, Map<String, String> aliases) {
        this.binding = binding;
        this.ui = ui;
        this.aliases = aliases;
    }

    /**
     * The one way a form is submitted: when what was typed is valid, {@code act} runs and its answer (a redirect) is
     * returned; when it is not, or a rule refuses it, the page is shown again with what was typed and the reason
     * beside its field, under 422 (or the refusal's own status).
     */
    public static String submit(BindingResult binding, HttpServletResponse response, Supplier<String> act,
            Supplier<String> page) {
        if (!binding.hasErrors()) {
            try {
                return act.get();
            } catch (UserFacingException refusal) {
                reject(binding, refusal);
                response.setStatus(refusal.status().value());
                return page.get();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.get();
    }

    /** Adds a refusal from the service (a duplicate number, a stale edit) as an error of its field or of the form. */
    public static void reject(BindingResult binding, UserFacingException refusal) {
        if (refusal.field() != null && binding.getTarget() != null && hasField(binding, refusal.field())) {
            binding.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            binding.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String value(String field) {
        Object value = fieldValue(field);
        if (value instanceof LocalDate date) {
            return ui.date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(dateTime);
        }
        return value == null ? "" : value.toString();
    }

    /**
     * The value as typed when it was refused, else as bound. Records have no getters, so nested paths such as
     * {@code products[0].name} are read from the record's fields.
     */
    private Object fieldValue(String field) {
        try {
            return binding.getFieldValue(field);
        } catch (RuntimeException notReadableAsBeanProperty) {
            Object target = binding.getTarget();
            if (target == null) {
                return null;
            }
            try {
                return new DirectFieldAccessor(target).getPropertyValue(field);
            } catch (RuntimeException missing) {
                return null;
            }
        }
    }

    public boolean is(String field, Object option) {
        return option != null && option.toString().equals(value(field));
    }

    /** For multi-valued fields (check boxes, multiple selects): whether {@code option} is among the values. */
    public boolean contains(String field, Object option) {
        Object value = fieldValue(field);
        String wanted = String.valueOf(option);
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> wanted.equals(String.valueOf(v)));
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).anyMatch(v -> wanted.equals(String.valueOf(v)));
        }
        return value != null && Arrays.asList(value.toString().split(",")).contains(wanted);
    }

    public boolean hasError(String field) {
        return error(field) != null && !error(field).isEmpty();
    }

    /** The first error of the field, or of a cross-field check shown beside it; empty when there is none. */
    public String error(String field) {
        FieldError error = binding.getFieldError(field);
        if (error == null) {
            for (var alias : aliases.entrySet()) {
                if (alias.getValue().equals(field) && binding.getFieldError(alias.getKey()) != null) {
                    error = binding.getFieldError(alias.getKey());
                    break;
                }
            }
        }
        return error == null ? "" : ui.t(error);
    }

    public String invalid(String field) {
        return hasError(field) ? "is-invalid" : "";
    }

    public boolean hasErrors() {
        return binding.hasErrors();
    }

    /** Field id to message, one line per field, in form order as the errors were found. */
    public Map<String, String> summary() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            lines.putIfAbsent(aliases.getOrDefault(error.getField(), error.getField()), ui.t(error));
        }
        return lines;
    }

    public List<String> globalErrors() {
        return binding.getGlobalErrors().stream().map(ui::t).toList();
    }
}
