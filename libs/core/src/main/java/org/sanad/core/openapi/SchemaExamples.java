package org.sanad.core.openapi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every component schema an example (the schema's own {@code examples}; properties keep only
 * those written on them), composed from what its properties say: their own
 * {@code @Schema(example)} (Arabic names and narratives, Iraqi phone numbers, tracking numbers as
 * the service forms them), an enum's first value, the examples of the schemas they refer to, and
 * for an identifier, an instant or a date, one fixed value of that format. A text property with
 * nothing to go on is left out of the example: if it is required, the example no longer validates
 * against its schema and the contract tests say which property needs an {@code @Schema(example)}.
 * Runs after {@link PropertyPresence}, so the examples follow the schemas' final shape.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -1)
public class SchemaExamples implements OASFilter {

    static final String UUID_EXAMPLE = "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940";
    static final String INSTANT_EXAMPLE = "2026-03-14T09:30:00Z";
    static final String DATE_EXAMPLE = "2026-04-02";
    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (Map.Entry<String, Schema> component : components.entrySet()) {
            Schema schema = component.getValue();
            if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
                Object composed = compose(components, schema, new HashSet<>(Set.of(component.getKey())));
                if (composed != null) {
                    schema.setExamples(List.of(composed));
                }
            }
        }
    }

    /** The schema's own example, else one composed from what it says; null when nothing can be said. */
    private Object example(Map<String, Schema> components, Schema schema, Set<String> visiting) {
        if (schema == null) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        return compose(components, schema, visiting);
    }

    private Object compose(Map<String, Schema> components, Schema schema, Set<String> visiting) {
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(COMPONENT_PREFIX.length());
            if (!visiting.add(name)) {
                return null;
            }
            Object referred = example(components, components.get(name), visiting);
            visiting.remove(name);
            return referred;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAnyOf() != null) {
            for (Schema alternative : schema.getAnyOf()) {
                Object example = compose(components, alternative, visiting);
                if (example != null) {
                    return example;
                }
            }
            return null;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || types.isEmpty()) {
            return null;
        }
        if (types.contains(Schema.SchemaType.OBJECT) && schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                Object value = example(components, propertySchema, visiting);
                if (value != null) {
                    object.put(property, value);
                }
            });
            return object;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = example(components, schema.getItems(), visiting);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.OBJECT)) {
            return Map.of();
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.FALSE;
        }
        if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
            BigDecimal minimum = schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ONE;
            return minimum.signum() < 0 ? 1 : minimum.intValue() == 0 ? 1 : minimum.intValue();
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getFormat() != null) {
            return switch (schema.getFormat()) {
                case "uuid" -> UUID_EXAMPLE;
                case "date-time" -> INSTANT_EXAMPLE;
                case "date" -> DATE_EXAMPLE;
                default -> null;
            };
        }
        return null;
    }
}
