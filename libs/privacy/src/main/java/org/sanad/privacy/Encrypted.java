package org.sanad.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text attribute of an entity (or of an embeddable it embeds) stored encrypted and sealed to its
 * row ({@link FieldEncryption#seal}): written and read through {@link EncryptedFields}. The column
 * needs the migration's check that its values are {@code enc2:}, which also enrols it in the key
 * rotation ({@link FieldKeyRotation}).
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface Encrypted {
}
