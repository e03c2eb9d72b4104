package ma.tiwizi.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where an action leads back to when a rule refuses it, as a path template filled from the request's path variables
 * and parameters ({@code "/applications/{id}"}). The refusal's reason goes with it as a flash message, so the action
 * itself has no {@code catch}: {@link RefusalAdvice} does it once for every controller. A path within the
 * application only — never an address taken from the request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnRefusal {

    String value();
}
