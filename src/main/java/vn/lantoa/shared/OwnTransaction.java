package vn.lantoa.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler that writes (opening a notice marks it read), so that it runs outside the read-only transaction
 * every other GET runs in ({@code web/PageTransaction}), and its services begin their own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OwnTransaction {
}
