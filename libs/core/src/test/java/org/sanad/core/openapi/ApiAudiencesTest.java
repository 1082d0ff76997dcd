package org.sanad.core.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class ApiAudiencesTest {

    private static Operation admitting(String... roles) {
        return OASFactory.createOperation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme("bearer", List.of(roles)));
    }

    @Test
    void anOperationOfTheAppsOrTheCourtsIsPublic() {
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(admitting("citizen")));
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(admitting("court-system")));
        // the officer console's auditors and operators are people with an app too
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(admitting("auditor")));
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(admitting("admin")));
        // officers download evidence, and so does cases-service: the officers make it public
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(admitting("investigator", "service-client")));
    }

    @Test
    void anOperationWithoutARoleIsPublic() {
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(OASFactory.createOperation().security(List.of())));
        assertEquals(ApiAudiences.PUBLIC, ApiAudiences.audienceOf(OASFactory.createOperation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme("trackingSecret"))));
    }

    @Test
    void anOperationThatSaysNothingOfItsSecurityIsNotPublished() {
        assertEquals(ApiAudiences.INTERNAL, ApiAudiences.audienceOf(OASFactory.createOperation()));
    }

    @Test
    void anOperationOfTheSuitesOwnServicesAloneIsInternal() {
        assertEquals(ApiAudiences.INTERNAL, ApiAudiences.audienceOf(admitting("service-client")));
        // a role nobody gave an audience is not published by accident
        assertEquals(ApiAudiences.INTERNAL, ApiAudiences.audienceOf(admitting("night-operator")));
    }

    @Test
    void theOperationsOwnDeclarationWinsOverItsRoles() {
        assertEquals(ApiAudiences.INTERNAL,
                ApiAudiences.audienceOf(admitting("supervisor").addExtension(ApiAudiences.EXTENSION, "internal")));
        assertEquals(ApiAudiences.PUBLIC,
                ApiAudiences.audienceOf(admitting("service-client").addExtension(ApiAudiences.EXTENSION, "public")));
        assertThrows(IllegalStateException.class,
                () -> ApiAudiences.audienceOf(admitting("citizen").addExtension(ApiAudiences.EXTENSION, "partners")));
    }

    @Test
    void aPartKeepsItsOperationsAndOnlyTheComponentsTheyReach() {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/complaints", OASFactory.createPathItem().POST(admitting("citizen")
                                .addTag("Complaints")
                                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema().ref("#/components/schemas/NewComplaint")))))))
                        .addPathItem("/case-updates", OASFactory.createPathItem().POST(admitting("service-client")
                                .addTag("Hand-off")
                                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema().ref("#/components/schemas/CaseUpdate"))))))))
                .components(OASFactory.createComponents()
                        .addSchema("NewComplaint", OASFactory.createSchema().addProperty("victim",
                                OASFactory.createSchema().ref("#/components/schemas/Victim")))
                        .addSchema("Victim", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)))
                        .addSchema("CaseUpdate", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))))
                .tags(List.of(OASFactory.createTag().name("Complaints"), OASFactory.createTag().name("Hand-off")));

        ApiAudiences.keep(openAPI, ApiAudiences.PUBLIC);

        assertEquals(List.of("/complaints"), List.copyOf(openAPI.getPaths().getPathItems().keySet()));
        assertEquals(List.of("NewComplaint", "Victim"), List.copyOf(openAPI.getComponents().getSchemas().keySet()));
        assertEquals(List.of("Complaints"), openAPI.getTags().stream().map(tag -> tag.getName()).toList());
    }
}
