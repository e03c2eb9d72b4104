package ma.tiwizi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what is declared on the methods ({@link AdminOnly}, {@link StaffOnly}, {@link CooperativeOnly},
 * {@code @PreAuthorize} with the rules of {@link Access} and each module's access bean), never decided by a refusal
 * thrown by hand deep in a service, where a reader cannot see it and a new method can forget it.
 */
class AuthorisationIsDeclaredTest {

    @Test
    void noModuleThrowsAccessDeniedByHand() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.tiwizi");
        List<String> byHand = classes.stream()
                .flatMap(type -> type.getConstructorCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isAssignableTo(AccessDeniedException.class))
                .filter(call -> !call.getOriginOwner().getPackageName().equals("ma.tiwizi.platform"))
                .map(JavaConstructorCall::getDescription).toList();
        assertThat(classes).hasSizeGreaterThan(300);
        assertThat(byHand).isEmpty();
    }
}
