package org.sanad.core.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says, for every property of every schema a response carries, whether it is always there and
 * whether it can be null, from the Java record behind the schema and the way Jackson writes it.
 * The suite's ObjectMapper writes a null field as {@code null} (Quarkus's default inclusion,
 * {@code ALWAYS}); a record or field annotated {@code @JsonInclude(NON_NULL)} (or {@code NON_ABSENT},
 * {@code NON_EMPTY}) leaves it out instead. A component annotated {@code @Nullable}
 * ({@code jakarta.annotation.Nullable}) may be null; every other reference is never null, and a
 * primitive never is. So a property is
 * <ul>
 * <li>required, when it is written whatever its value: never null, or nullable (OpenAPI 3.1
 * {@code type: [x, "null"]}) when it is {@code @Nullable};</li>
 * <li>optional, when Jackson leaves it out: a {@code @Nullable} one under {@code NON_NULL}, or a
 * collection or text under {@code NON_EMPTY} unless it is declared {@code @NotEmpty} or
 * {@code @NotBlank}.</li>
 * </ul>
 * A schema that is also read from requests (a complaint's {@code Demand}) keeps the properties
 * Bean Validation requires as its required ones, since a request may leave the others out; its
 * {@code @Nullable} ones are nullable. Schemas only requests carry keep what SmallRye derives from
 * Bean Validation ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}).
 * <p>
 * A response schema whose Java type or property cannot be found fails the build: a contract that
 * cannot say what is there would be guessed by every client.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class PropertyPresence implements OASFilter {

    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName NOT_BLANK = DotName.createSimple("jakarta.validation.constraints.NotBlank");
    private static final DotName NOT_EMPTY = DotName.createSimple("jakarta.validation.constraints.NotEmpty");
    private static final DotName OPTIONAL = DotName.createSimple("java.util.Optional");
    private static final DotName STRING = DotName.createSimple("java.lang.String");
    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final IndexView index;

    public PropertyPresence(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> answered = reachable(components, bodies(openAPI, false));
        Set<String> read = reachable(components, bodies(openAPI, true));
        Map<String, ClassInfo> classes = schemaClasses();
        List<String> unknown = new ArrayList<>();
        for (String name : answered) {
            Schema schema = components.get(name);
            if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            ClassInfo type = classes.containsKey(name) ? classes.get(name) : genericOf(name);
            if (type == null) {
                unknown.add(name);
                continue;
            }
            describe(name, schema, type, read.contains(name), unknown);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("No Java type or field found behind these response schemas and properties "
                    + "(a class of the same simple name elsewhere? then name its schema with @Schema(name)): " + unknown);
        }
    }

    private void describe(String name, Schema schema, ClassInfo type, boolean alsoRead, List<String> unknown) {
        List<String> required = new ArrayList<>();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            FieldInfo field = field(type, property.getKey());
            if (field == null) {
                unknown.add(name + "." + property.getKey());
                continue;
            }
            boolean mayBeNull = field.type().kind() != Type.Kind.PRIMITIVE
                    && (field.hasDeclaredAnnotation(NULLABLE) || field.type().name().equals(OPTIONAL));
            String inclusion = inclusion(field, type);
            boolean written = switch (inclusion) {
                case "NON_NULL", "NON_ABSENT" -> !mayBeNull;
                case "NON_EMPTY" -> !mayBeNull && (!mayBeEmpty(field.type())
                        || field.hasDeclaredAnnotation(NOT_BLANK) || field.hasDeclaredAnnotation(NOT_EMPTY));
                default -> true;
            };
            if (mayBeNull && written) {
                // replaced in place: the properties keep their order
                schema.addProperty(property.getKey(), nullable(property.getValue()));
            }
            if (written && !alsoRead) {
                required.add(property.getKey());
            }
        }
        if (alsoRead) {
            return;
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** What {@code NON_EMPTY} leaves out besides null: an empty text, array or collection. */
    private static boolean mayBeEmpty(Type type) {
        return type.kind() == Type.Kind.ARRAY || type.name().equals(STRING) || type.kind() == Type.Kind.PARAMETERIZED_TYPE
                && (type.name().toString().startsWith("java.util.") && !type.name().equals(OPTIONAL));
    }

    private static String inclusion(FieldInfo field, ClassInfo type) {
        AnnotationInstance include = field.declaredAnnotation(JSON_INCLUDE);
        if (include == null) {
            include = type.declaredAnnotation(JSON_INCLUDE);
        }
        AnnotationValue value = include == null ? null : include.value();
        return value == null ? "ALWAYS" : value.asEnum();
    }

    /** {@code type: [x, "null"]}, or for a reference {@code anyOf: [{$ref}, {type: "null"}]} keeping its description. */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            Schema either = OASFactory.createSchema()
                    .anyOf(List.of(reference, OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            either.setDescription(property.getDescription());
            return either;
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
        }
        return property;
    }

    private FieldInfo field(ClassInfo type, String property) {
        for (ClassInfo current = type; current != null; current = superclass(current)) {
            for (FieldInfo field : current.fields()) {
                AnnotationInstance renamed = field.declaredAnnotation(JSON_PROPERTY);
                String json = renamed != null && renamed.value() != null && !renamed.value().asString().isEmpty()
                        ? renamed.value().asString()
                        : field.name();
                if (json.equals(property)) {
                    return field;
                }
            }
        }
        return null;
    }

    private ClassInfo superclass(ClassInfo type) {
        return type.superName() == null ? null : index.getClassByName(type.superName());
    }

    /** The schema names SmallRye gives: {@code @Schema(name)} where set, else the simple name. */
    private Map<String, ClassInfo> schemaClasses() {
        Map<String, ClassInfo> named = new HashMap<>();
        Set<DotName> annotated = new HashSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(SCHEMA)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS && annotation.value("name") != null) {
                named.put(annotation.value("name").asString(), annotation.target().asClass());
                annotated.add(annotation.target().asClass().name());
            }
        }
        Map<String, ClassInfo> bySimpleName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (ClassInfo known : index.getKnownClasses()) {
            if (annotated.contains(known.name())) {
                continue;
            }
            ClassInfo before = bySimpleName.putIfAbsent(simpleName(known), known);
            // a composite index may hold one class twice
            if (before != null && !before.name().equals(known.name())) {
                ambiguous.add(simpleName(known));
            }
        }
        // two unnamed classes of one simple name: which one a schema stands for is not known
        ambiguous.forEach(bySimpleName::remove);
        bySimpleName.putAll(named);
        return bySimpleName;
    }

    /** A nested class's own name ({@code DeadEvent}, not {@code DeadEventsResource$DeadEvent}), as SmallRye names its schema. */
    private static String simpleName(ClassInfo type) {
        String local = type.name().local();
        return local.substring(local.lastIndexOf('$') + 1);
    }

    /** SmallRye names {@code Page<ComplaintSummary>} {@code PageComplaintSummary}. */
    private ClassInfo genericOf(String name) {
        for (ClassInfo known : index.getKnownClasses()) {
            if (!known.typeParameters().isEmpty() && name.startsWith(simpleName(known))
                    && name.length() > simpleName(known).length()) {
                return known;
            }
        }
        return null;
    }

    /** Component schemas reached from request bodies ({@code requests}) or from response bodies. */
    private static List<Schema> bodies(OpenAPI openAPI, boolean requests) {
        List<Schema> bodies = new ArrayList<>();
        if (openAPI.getPaths() == null) {
            return bodies;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (requests && operation.getRequestBody() != null) {
                    addSchemas(operation.getRequestBody().getContent(), bodies);
                }
                if (!requests && operation.getResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        addSchemas(response.getContent(), bodies);
                    }
                }
            }
        }
        return bodies;
    }

    private static void addSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(media -> media.getSchema() != null)
                    .forEach(media -> into.add(media.getSchema()));
        }
    }

    static Set<String> reachable(Map<String, Schema> components, List<Schema> from) {
        Set<String> names = new LinkedHashSet<>();
        List<Schema> pending = new ArrayList<>(from);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_PREFIX)) {
                String name = schema.getRef().substring(COMPONENT_PREFIX.length());
                if (names.add(name) && components.get(name) != null) {
                    pending.add(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> group : Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())) {
                if (group != null) {
                    pending.addAll(group);
                }
            }
        }
        return names;
    }
}
