package org.sanad.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A moment (an {@link Instant} or a {@link LocalDate}) no further from now than the field can mean:
 * an extortionist's deadline is days away, not in year 9999; an arrest happened, it is not planned.
 * Every service's instants are already bounded to 1970–2100 by their JSON reading; this is the
 * field's own, narrower range. {@code null} is valid (use {@code @NotNull} where it is required).
 */
@Documented
@Constraint(validatedBy = Within.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface Within {

    String message() default "{org.sanad.core.validation.Within.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How many days before now the value may be. */
    long daysBefore();

    /** How many days after now the value may be; 0 for something that has happened. */
    long daysAfter();

    class Validator implements ConstraintValidator<Within, Object> {

        /** Clocks of phones and court systems run a little ahead: "now" means now or just after. */
        private static final long SKEW_SECONDS = 300;

        private long daysBefore;
        private long daysAfter;

        @Override
        public void initialize(Within within) {
            daysBefore = within.daysBefore();
            daysAfter = within.daysAfter();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            Instant now = context.getClockProvider().getClock().instant();
            if (value instanceof Instant instant) {
                return !instant.isBefore(now.minus(daysBefore, ChronoUnit.DAYS))
                        && !instant.isAfter(now.plus(daysAfter, ChronoUnit.DAYS).plusSeconds(SKEW_SECONDS));
            }
            if (value instanceof LocalDate date) {
                // a date is "today" anywhere on earth: allow the day ahead of UTC
                LocalDate today = LocalDate.now(Clock.fixed(now, ZoneOffset.UTC));
                return !date.isBefore(today.minusDays(daysBefore)) && !date.isAfter(today.plusDays(daysAfter + 1));
            }
            return value == null;
        }
    }
}
