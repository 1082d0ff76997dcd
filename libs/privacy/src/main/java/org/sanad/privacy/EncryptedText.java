package org.sanad.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a personal-data attribute to its encrypted column: {@code @Convert(converter =
 * EncryptedText.class)}. Hibernate compares the clear values for dirty checking, so a value is
 * re-encrypted (with a new nonce) only when it changes.
 */
@ApplicationScoped
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Inject
    FieldEncryption encryption;

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return encryption.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return encryption.decrypt(column);
    }
}
