package org.sanad.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text attribute holding the seal of other attributes of the same entity or embeddable (what
 * identifies a stored file: its object, hash and size): {@link EncryptedFields} writes it from their
 * values, sealed to its row, and checks them against it on every load, so those values cannot be
 * changed, or swapped with another row's, unnoticed. Its column holds {@code enc2:} values like an
 * encrypted one; its comment names the columns it seals ({@code seal of: object_id, sha256,
 * size_bytes}), from which the service seals rows written before at start.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface SealOf {

    /** The attributes sealed, by name, in the order of their columns in the comment. */
    String[] value();
}
