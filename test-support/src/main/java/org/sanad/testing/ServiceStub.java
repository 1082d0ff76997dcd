package org.sanad.testing;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Another service of the suite, stubbed at its HTTP edge. The test resource points the named REST
 * client at it; tests reach it through {@link #server()} to program answers, stop it to
 * simulate an outage, and count what it received.
 */
public abstract class ServiceStub implements QuarkusTestResourceLifecycleManager {

    private static volatile WireMockServer server;
    private static volatile int port;

    /** The service the stub stands in for, as REST clients and outbox destinations name it, e.g. {@code cases-service}. */
    protected abstract String restClientKey();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        port = server.port();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client." + restClientKey() + ".url", url,
                "outbox.destinations." + restClientKey() + ".url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** The service goes away: connections to it are refused. */
    public static void outage() {
        server.stop();
    }

    /** The service is back, on the same address, with no stubs programmed. */
    public static WireMockServer recover() {
        server = new WireMockServer(WireMockConfiguration.options().port(port));
        server.start();
        return server;
    }
}
