package ma.tiwizi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * When one field of a record form cannot even be converted (letters typed in a number), Spring cannot build the form
 * and so never validates the other fields: the user would fix one error only to meet the next. This builds the form
 * again without the unconvertible fields and validates the rest, so every error shows at once.
 */
public final class CompleteValidation {

    private CompleteValidation() {
    }

    public static void validateRest(BindingResult binding, Class<?> formType, HttpServletRequest request,
            Validator validator, ConversionService conversions) {
        if (binding.getTarget() != null || !binding.hasFieldErrors()) {
            return;
        }
        Set<String> failed = binding.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        var binder = new ServletRequestDataBinder(null, binding.getObjectName());
        binder.setTargetType(ResolvableType.forClass(formType));
        binder.setConversionService(conversions);
        binder.construct(new WithoutParameters(request, failed));
        if (binder.getTarget() == null) {
            return;
        }
        var rest = binder.getBindingResult();
        validator.validate(binder.getTarget(), rest);
        for (FieldError error : rest.getFieldErrors()) {
            if (!failed.contains(error.getField())) {
                binding.addError(new FieldError(error.getObjectName(), error.getField(),
                        binding.getFieldValue(error.getField()), false, error.getCodes(), error.getArguments(),
                        error.getDefaultMessage()));
            }
        }
    }

    /** The request as if the named parameters had not been sent. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {
        private final Set<String> hidden;

        WithoutParameters(HttpServletRequest request, Set<String> hidden) {
            super(request);
            this.hidden = hidden;
        }

        @Override
        public String getParameter(String name) {
            return hidden.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return hidden.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream().filter(e -> !hidden.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
