package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every action that says where a refusal leads back to names only values its request carries, so a typo in a
 * template cannot send a refused cooperative to a broken address; and only POST actions say so (a page that is merely
 * read is never redirected away from).
 */
class OnRefusalTest extends PostgresIntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyTemplateIsFilledFromItsOwnRequest() {
        List<String> wrong = new ArrayList<>();
        int annotated = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            OnRefusal back = handler.getMethodAnnotation(OnRefusal.class);
            if (back == null) {
                continue;
            }
            annotated++;
            assertThat(back.value()).as(handler.toString()).startsWith("/").doesNotContain("//");
            assertThat(entry.getKey().getMethodsCondition().getMethods()).as(handler.toString())
                    .containsOnly(RequestMethod.POST);
            Set<String> known = new HashSet<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                var path = parameter.getParameterAnnotation(PathVariable.class);
                var param = parameter.getParameterAnnotation(RequestParam.class);
                if (path != null) {
                    known.add(path.value().isEmpty() ? parameter.getParameterName() : path.value());
                }
                if (param != null) {
                    known.add(param.value().isEmpty() ? parameter.getParameterName() : param.value());
                }
            }
            var matcher = VARIABLE.matcher(back.value());
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    wrong.add(handler + " names {" + matcher.group(1) + "} but has " + known);
                }
            }
        }
        assertThat(annotated).isGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }
}
