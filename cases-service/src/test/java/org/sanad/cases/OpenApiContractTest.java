package org.sanad.cases;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.sanad.core.openapi.ApiAudiences;
import org.sanad.testing.ContractSchemas;
import org.sanad.testing.OpenApiContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** See {@link OpenApiContract}: {@code ./mvnw -pl cases-service test -Dtest=OpenApiContractTest -Dopenapi.update=true}. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class OpenApiContractTest {

    @Test
    void theServedContractIsTheCommittedOne() throws IOException {
        OpenApiContract.assertServedMatchesCommitted();
    }

    @Test
    void thePublicAndTheInternalDocumentsSplitTheWholeByTheRolesOfEachOperation() throws IOException {
        OpenApiContract.assertThePublicAndInternalDocumentsSplitTheWhole(ApiAudiences.PUBLIC_ROLES);
    }

    @Test
    void everyOperationDeclaresItsSecurityAndWhatItCreates() throws IOException {
        OpenApiContract.assertEveryOperationIsUsableByAGeneratedClient();
    }

    @Test
    void everySchemaOfTheCommittedContractHasAnExampleValidAgainstIt() throws IOException {
        ContractSchemas.committed().assertEveryExampleIsValid();
    }
}
