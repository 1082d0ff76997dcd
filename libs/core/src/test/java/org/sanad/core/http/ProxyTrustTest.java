package org.sanad.core.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProxyTrustTest {

    @Test
    void forwardedAddressesWithoutATrustedProxyStopTheService() {
        assertThrows(IllegalStateException.class, () -> ProxyTrust.requireTrustedProxies(true, Optional.empty()));
        assertThrows(IllegalStateException.class, () -> ProxyTrust.requireTrustedProxies(true, Optional.of(List.of())));
    }

    @Test
    void forwardedAddressesFromNamedProxiesOrNoForwardingAtAllAreFine() {
        assertDoesNotThrow(() -> ProxyTrust.requireTrustedProxies(true, Optional.of(List.of("10.244.0.0/16"))));
        assertDoesNotThrow(() -> ProxyTrust.requireTrustedProxies(false, Optional.empty()));
    }
}
