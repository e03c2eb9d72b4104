package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.platform.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Every kind of refusal says its HTTP status, so one that no page catches is never a 500 or a guess. */
class EveryRefusalHasAStatusTest {

    @Test
    void everyUserFacingExceptionDeclaresItsStatus() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(UserFacingException.class));
        var refusals = scanner.findCandidateComponents("ma.tiwizi");
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(7);
        for (var candidate : refusals) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            assertThat(AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class))
                    .as(type.getSimpleName() + " declares its status").isNotNull();
        }
    }
}
