package ma.tiwizi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring applies {@code @Transactional}, {@code @PreAuthorize}, {@code @Cacheable}, {@code @Async} and ShedLock's
 * {@code @SchedulerLock} through a proxy,
 * so a call from inside the same class skips them silently: the scheduler's analytics build once ran with no
 * transaction (and no lock) this way, and so did the training reminders. A class may call one of its own methods
 * that carries one only from a method that already carries the same (or, for a transaction, a read-write one).
 */
class ProxiedCallsTest {

    private static final List<Class<? extends Annotation>> PROXIED =
            List.of(Transactional.class, PreAuthorize.class, PostAuthorize.class, Cacheable.class, Async.class,
                    SchedulerLock.class);

    @Test
    void noClassCallsItsOwnProxiedMethod() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.tiwizi");
        List<String> skipped = classes.stream()
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().equals(call.getOriginOwner()))
                .filter(call -> !coveredByCaller(call))
                .map(JavaMethodCall::getDescription).toList();
        assertThat(classes).hasSizeGreaterThan(300);
        assertThat(skipped).as("calls that skip the proxy").isEmpty();
    }

    private static boolean coveredByCaller(JavaMethodCall call) {
        JavaMethod target = call.getTarget().resolveMember().orElse(null);
        if (target == null || !(call.getOrigin() instanceof JavaMethod caller)) {
            return target == null || PROXIED.stream().noneMatch(target::isMetaAnnotatedWith);
        }
        return PROXIED.stream().filter(target::isMetaAnnotatedWith).allMatch(kind -> covers(caller, target, kind));
    }

    /** Whether the caller carries the same (a meta-annotation such as {@code @AdminOnly} counts as what it holds). */
    private static boolean covers(JavaMethod caller, JavaMethod target, Class<? extends Annotation> kind) {
        Annotation outer = AnnotatedElementUtils.findMergedAnnotation(caller.reflect(), kind);
        Annotation inner = AnnotatedElementUtils.findMergedAnnotation(target.reflect(), kind);
        if (outer == null) {
            return false;
        }
        if (outer instanceof Transactional tx) {
            return !tx.readOnly() || ((Transactional) inner).readOnly();
        }
        return outer.equals(inner);
    }
}
