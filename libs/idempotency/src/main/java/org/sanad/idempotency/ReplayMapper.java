package org.sanad.idempotency;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends a retry the first answer its Idempotency-Key was given, with {@value StoredAnswer#REPLAYED_HEADER}. */
public class ReplayMapper {

    @ServerExceptionMapper
    public Response replay(IdempotentRequests.Replay replay) {
        return replay.response();
    }
}
