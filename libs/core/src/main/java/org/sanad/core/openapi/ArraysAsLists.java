package org.sanad.core.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every array of the contract is a list: SmallRye marks a Java {@code Set} {@code uniqueItems},
 * and the generated Java and TypeScript clients then hand out a {@code Set} whose order is lost and
 * whose equality is the generator's. The services never answer a value twice in such an array
 * (platforms, threat types, demand types, a court's governorates) and a request that repeats one
 * counts it once (docs/api.md: JSON), so nothing a client relies on is lost.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 30)
public class ArraysAsLists implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getUniqueItems() != null) {
            schema.setUniqueItems(null);
        }
        return schema;
    }
}
