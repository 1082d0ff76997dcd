package org.sanad.complaints;

import org.sanad.testing.ServiceStub;

/** cases-service at its HTTP edge. */
public class CasesStub extends ServiceStub {

    @Override
    protected String restClientKey() {
        return "cases-service";
    }
}
