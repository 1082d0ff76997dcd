package org.sanad.core.openapi;

import java.util.Locale;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names every operation after its resource and method ({@code ComplaintResource.read} becomes
 * {@code complaintRead}, {@code TrackingResource.file} {@code trackingFile}): unique within a
 * contract, stable while the Java names are, and what clients generated from the contract call
 * their methods. SmallRye names them {@code Class_method} (operation-id-strategy class-method);
 * this shortens that form.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 90)
public class OperationIds implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id != null) {
            operation.setOperationId(shorten(id));
        }
        return operation;
    }

    /** {@code ComplaintResource_read} to {@code complaintRead}; anything else unchanged. */
    static String shorten(String id) {
        int separator = id.lastIndexOf('_');
        if (separator <= 0 || separator == id.length() - 1) {
            return id;
        }
        String type = id.substring(0, separator);
        type = type.substring(type.lastIndexOf('.') + 1).replaceFirst("(Resource|Endpoints)$", "");
        String method = id.substring(separator + 1);
        if (type.isEmpty()) {
            return method;
        }
        return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }
}
