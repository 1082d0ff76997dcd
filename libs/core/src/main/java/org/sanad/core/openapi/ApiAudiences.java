package org.sanad.core.openapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;

/**
 * Splits a service's API into the two documents it serves beside the whole one: {@code public}
 * ({@code /q/openapi-public}, what people call through the apps (citizens, and officers of every
 * role, the auditors and administrators included) and what the court systems call; the source of
 * the published clients) and {@code internal} ({@code /q/openapi-internal}: the hand-offs between
 * the suite's own services). Every operation lands in exactly one of them (docs/api.md: Contracts).
 *
 * <p>
 * The audience follows from the roles an operation admits, which are in its security requirement
 * ({@code @RolesAllowed}), so a new operation cannot be forgotten: it is public when it admits
 * anyone without a role (an anonymous filing, a tracking secret, the reference data) or one of
 * {@link #PUBLIC_ROLES}; internal when every role it admits is an internal one ({@code service-client},
 * or any role not named here). Where the roles are not enough, the operation says so itself with
 * {@code @Extension(name = "x-audience", value = "internal")} (or {@code "public"}), which wins over
 * its roles.
 */
public final class ApiAudiences {

    public static final String PUBLIC = "public";
    public static final String INTERNAL = "internal";
    /** The operation extension that overrides what its roles say. */
    public static final String EXTENSION = "x-audience";

    /**
     * The roles of the people and systems the public API is for: citizens, police officers,
     * prosecutors, auditors, administrators and court systems (org.sanad.kernel.security.Roles;
     * RolesAudienceTest there checks that every role of the suite is named here or in
     * {@link #INTERNAL_ROLES}).
     */
    public static final Set<String> PUBLIC_ROLES = Set.of("citizen", "intake-officer", "investigator", "supervisor",
            "prosecutor", "auditor", "admin", "court-system");

    /** The suite's own services, calling each other: their hand-offs are internal. */
    public static final Set<String> INTERNAL_ROLES = Set.of("service-client");

    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/([A-Za-z]+)/([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@link #PUBLIC} or {@link #INTERNAL}: the audience of the operation, by its override or its roles. */
    public static String audienceOf(Operation operation) {
        Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (declared != null) {
            if (!PUBLIC.equals(declared) && !INTERNAL.equals(declared)) {
                throw new IllegalStateException(operation.getOperationId() + ": " + EXTENSION + " is '" + declared
                        + "', neither " + PUBLIC + " nor " + INTERNAL);
            }
            return (String) declared;
        }
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            // no security decision at all (the contract test refuses one): never published by mistake
            return INTERNAL;
        }
        if (security.isEmpty()) {
            return PUBLIC;
        }
        for (SecurityRequirement requirement : security) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            for (List<String> roles : requirement.getSchemes().values()) {
                // a scheme without roles (a tracking secret) asks for no role: anyone holding it
                if (roles == null || roles.isEmpty() || roles.stream().anyMatch(PUBLIC_ROLES::contains)) {
                    return PUBLIC;
                }
            }
        }
        return INTERNAL;
    }

    /** Keeps the operations of one audience and what they refer to; the document's name says which. */
    public static void keep(OpenAPI openAPI, String audience) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
            PathItem item = openAPI.getPaths().getPathItem(path);
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : Map.copyOf(item.getOperations()).entrySet()) {
                if (!audience.equals(audienceOf(operation.getValue()))) {
                    item.setOperation(operation.getKey(), null);
                }
            }
            if (item.getOperations().isEmpty()) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        pruneTags(openAPI);
        pruneComponents(openAPI);
    }

    /**
     * The {@code public} document: the whole API less the internal operations. Runs last, after the
     * other filters have added what the operations refer to.
     */
    @OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100, documentNames = PUBLIC)
    public static class PublicDocument implements OASFilter {

        @Override
        public void filterOpenAPI(OpenAPI openAPI) {
            keep(openAPI, PUBLIC);
        }
    }

    /** The {@code internal} document: the whole API less the public operations. */
    @OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100, documentNames = INTERNAL)
    public static class InternalDocument implements OASFilter {

        @Override
        public void filterOpenAPI(OpenAPI openAPI) {
            keep(openAPI, INTERNAL);
        }
    }

    private ApiAudiences() {
    }

    private static void pruneTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        List<Tag> kept = new ArrayList<>();
        for (Tag tag : openAPI.getTags()) {
            if (used.contains(tag.getName())) {
                kept.add(tag);
            }
        }
        openAPI.setTags(kept);
    }

    /**
     * Removes the schemas, parameters, responses, headers, examples and request bodies that no kept
     * operation reaches, directly or through another component; security schemes stay when an
     * operation asks for them.
     */
    private static void pruneComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        try {
            JsonNode document = JSON.readTree(OpenApiSerializer.serialize(openAPI, Format.JSON));
            Set<String> reached = new HashSet<>();
            List<String> pending = new ArrayList<>(refs(document.path("paths").toString()));
            while (!pending.isEmpty()) {
                String ref = pending.remove(pending.size() - 1);
                if (reached.add(ref)) {
                    String[] kindAndName = ref.split("/", 2);
                    pending.addAll(refs(document.path("components").path(kindAndName[0]).path(kindAndName[1]).toString()));
                }
            }
            Set<String> schemes = new HashSet<>();
            document.path("paths").forEach(item -> item.forEach(operation -> operation.path("security")
                    .forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add))));
            keepOnly(components.getSchemas(), "schemas", reached, components::removeSchema);
            keepOnly(components.getParameters(), "parameters", reached, components::removeParameter);
            keepOnly(components.getResponses(), "responses", reached, components::removeResponse);
            keepOnly(components.getHeaders(), "headers", reached, components::removeHeader);
            keepOnly(components.getExamples(), "examples", reached, components::removeExample);
            keepOnly(components.getRequestBodies(), "requestBodies", reached, components::removeRequestBody);
            if (components.getSecuritySchemes() != null) {
                for (String scheme : List.copyOf(components.getSecuritySchemes().keySet())) {
                    if (!schemes.contains(scheme)) {
                        components.removeSecurityScheme(scheme);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document could not be read back", e);
        }
    }

    private static List<String> refs(String json) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REF.matcher(json);
        while (matcher.find()) {
            found.add(matcher.group(1) + "/" + matcher.group(2));
        }
        return found;
    }

    private static void keepOnly(Map<String, ?> named, String kind, Set<String> reached,
            Consumer<String> remove) {
        if (named == null) {
            return;
        }
        for (String name : List.copyOf(named.keySet())) {
            if (!reached.contains(kind + "/" + name)) {
                remove.accept(name);
            }
        }
    }
}
