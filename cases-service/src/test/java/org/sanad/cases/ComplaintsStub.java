package org.sanad.cases;

import org.sanad.testing.ServiceStub;

/** complaints-service at its HTTP edge. */
public class ComplaintsStub extends ServiceStub {

    @Override
    protected String restClientKey() {
        return "complaints-service";
    }
}
