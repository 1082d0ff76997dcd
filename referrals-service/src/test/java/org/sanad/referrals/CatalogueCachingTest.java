package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The courts and statutes are plain arrays a client keeps for five minutes and revalidates for a 304. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CatalogueCachingTest {

    @ParameterizedTest
    @ValueSource(strings = { "/courts", "/statutes" })
    void aCatalogueIsAPlainArrayWithAStrongETagAndRevalidatesToA304(String path) {
        var first = given().auth().oauth2(PROSECUTOR).when().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("private, max-age=300"))
                .header("ETag", matchesPattern("\"[0-9a-f]{64}\"")).extract();
        assertEquals('[', first.asString().charAt(0), "a plain JSON array, not a page");
        String etag = first.header("ETag");

        // the same bytes for every caller and every request: the same tag
        assertEquals(etag, given().auth().oauth2(TOKENS.court(PMC)).when().get(path).then().statusCode(200)
                .extract().header("ETag"));
        given().auth().oauth2(PROSECUTOR).header("If-None-Match", etag).when().get(path).then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("private, max-age=300"))
                .body(emptyString());
        given().auth().oauth2(PROSECUTOR).header("If-None-Match", "\"other\", " + etag).when().get(path).then()
                .statusCode(304);
        given().auth().oauth2(PROSECUTOR).header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200)
                .header("ETag", equalTo(etag));
        // still behind the roles: a cached copy is no way around them
        given().auth().oauth2(TOKENS.withRoles("citizen-1", "citizen")).header("If-None-Match", etag).when().get(path)
                .then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/courts", "/statutes" })
    void theTwoCataloguesHaveTagsOfTheirOwn(String path) {
        String other = path.equals("/courts") ? "/statutes" : "/courts";
        assertNotEquals(given().auth().oauth2(PROSECUTOR).get(path).header("ETag"),
                given().auth().oauth2(PROSECUTOR).get(other).header("ETag"));
        given().auth().oauth2(PROSECUTOR).when().get(path).then().body("code", not(hasItem((Object) null)));
    }
}
