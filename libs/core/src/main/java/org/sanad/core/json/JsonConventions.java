package org.sanad.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The suite's JSON, the same in every service:
 * <ul>
 * <li>decimals are written plain, without trailing zeros;</li>
 * <li>a body is one JSON value: anything after it is refused;</li>
 * <li>a key appears once in an object: a repeated one is refused (which value would count
 * depends on the reader, and a record's reader failed on it with a 500);</li>
 * <li>a string holding a NUL character (PostgreSQL cannot store one) is refused;</li>
 * <li>an instant is an ISO-8601 string between {@link #EARLIEST} and {@link #LATEST} — no
 * epoch numbers, no year 999999999 that the database cannot hold.</li>
 * </ul>
 * What is refused is a 400 problem naming the field, never a 500.
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    /** The first instant any record of the suite can carry. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The first instant past the last one any record of the suite can carry. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** Applied after Quarkus registers its modules, so these deserializers win over JavaTimeModule's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("sanad-conventions")
                .addSerializer(BigDecimal.class, new PlainDecimal())
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(Instant.class, new BoundedInstant()));
    }

    static final class PlainDecimal extends StdSerializer<BigDecimal> {

        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }

    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "a NUL character is not allowed");
            }
            return text;
        }
    }

    static final class BoundedInstant extends StdScalarDeserializer<Instant> {

        BoundedInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST))) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(),
                        "outside " + EARLIEST + " .. " + LATEST);
            }
            return instant;
        }
    }
}
