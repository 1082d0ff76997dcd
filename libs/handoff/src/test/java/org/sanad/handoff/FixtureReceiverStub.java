package org.sanad.handoff;

import org.sanad.testing.ServiceStub;

/** Test fixture: the service {@link FixtureMessage#ROUTE} goes to, stubbed at its HTTP edge. */
public class FixtureReceiverStub extends ServiceStub {

    @Override
    protected String restClientKey() {
        return FixtureMessage.RECEIVER;
    }
}
