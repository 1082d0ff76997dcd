package org.sanad.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/**
 * What a refusal must look like: its status, {@code application/problem+json}, and the stable
 * problem {@code type} a client branches on. {@code .then().spec(Problems.forbidden())}.
 */
public final class Problems {

    private Problems() {
    }

    public static ResponseSpecification of(int status, String type) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType("application/problem+json")
                .expectBody("type", equalTo("urn:sanad:problem:" + type)).expectBody("status", equalTo(status))
                .build();
    }

    public static ResponseSpecification unauthenticated() {
        return of(401, "unauthenticated");
    }

    public static ResponseSpecification forbidden() {
        return of(403, "forbidden");
    }

    public static ResponseSpecification notFound() {
        return of(404, "not-found");
    }
}
