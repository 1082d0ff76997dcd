package org.sanad.complaints.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The enums of the contract, found in the Java types its operations read and write rather than
 * listed by hand: every resource method's parameters and return type, and the schemas its OpenAPI
 * annotations name, followed through records, the suite's own classes, collections and generic
 * wrappers ({@code Page<T>}, {@code RestResponse<T>}). Each enum goes by its name in the contract:
 * its {@code @Schema(name)}, or its simple name. {@code ReferenceDataTest} holds the result to the
 * committed contract, so an enum this walk missed fails the build.
 */
public final class ContractEnums {

    /** Only the suite's own types are followed; the JDK's and the frameworks' carry none of the contract's enums. */
    private static final String OWN_PACKAGES = "org.sanad.";

    private final SortedMap<String, Class<? extends Enum<?>>> found = new TreeMap<>();
    private final Set<Type> visited = new HashSet<>();

    private ContractEnums() {
    }

    /** The enums the HTTP methods of {@code resources} read or write, by schema name. */
    public static SortedMap<String, Class<? extends Enum<?>>> of(Collection<Class<?>> resources) {
        ContractEnums walk = new ContractEnums();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                if (isHttpMethod(method)) {
                    walk.visit(method.getGenericReturnType());
                    Stream.of(method.getGenericParameterTypes()).forEach(walk::visit);
                    schemasNamedBy(method).forEach(walk::visit);
                }
            }
        }
        return walk.found;
    }

    /** The name the contract gives an enum. */
    public static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static boolean isHttpMethod(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** What a method's {@code @APIResponse} and {@code @RequestBody} annotations declare, for a body its signature does not type. */
    private static List<Class<?>> schemasNamedBy(Method method) {
        Stream<APIResponse> responses = Stream.concat(Stream.of(method.getAnnotationsByType(APIResponse.class)),
                Stream.ofNullable(method.getAnnotation(APIResponses.class)).flatMap(all -> Stream.of(all.value())));
        Stream<Content> contents = Stream.concat(responses.flatMap(response -> Stream.of(response.content())),
                Stream.ofNullable(method.getAnnotation(RequestBody.class)).flatMap(body -> Stream.of(body.content())));
        return contents.map(content -> content.schema().implementation()).filter(type -> type != Void.class)
                .<Class<?>> map(type -> type).toList();
    }

    private void visit(Type type) {
        if (type == null || !visited.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            visit(parameterized.getRawType());
            Stream.of(parameterized.getActualTypeArguments()).forEach(this::visit);
        } else if (type instanceof GenericArrayType array) {
            visit(array.getGenericComponentType());
        } else if (type instanceof WildcardType wildcard) {
            Stream.of(wildcard.getUpperBounds()).forEach(this::visit);
        } else if (type instanceof Class<?> plain) {
            visitClass(plain);
        }
    }

    @SuppressWarnings("unchecked")
    private void visitClass(Class<?> type) {
        if (type.isArray()) {
            visit(type.getComponentType());
        } else if (type.isEnum()) {
            found.put(schemaName(type), (Class<? extends Enum<?>>) type);
        } else if (type.getName().startsWith(OWN_PACKAGES)) {
            if (type.isRecord()) {
                // @JsonIgnore is not a record component's annotation: it reaches the accessor
                Stream.of(type.getRecordComponents()).filter(component -> !component.getAccessor().isAnnotationPresent(JsonIgnore.class))
                        .map(RecordComponent::getGenericType).forEach(this::visit);
            } else {
                for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                    Stream.of(level.getDeclaredFields()).filter(ContractEnums::isWritten).map(Field::getGenericType)
                            .forEach(this::visit);
                }
            }
        }
    }

    /** A field Jackson writes or reads: an instance field the class does not hide from JSON. */
    private static boolean isWritten(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(JsonIgnore.class);
    }
}
