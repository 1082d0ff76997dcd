package org.sanad.referrals.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.http.EvidenceDownloads;
import org.sanad.core.openapi.EvidenceBytesResponses;
import org.sanad.idempotency.Idempotent;
import org.sanad.idempotency.IdempotencyKeyDocs;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.api.CourtReplies;
import org.sanad.referrals.api.EvidenceLink;
import org.sanad.referrals.api.FeedPage;
import org.sanad.referrals.api.IdentityRequestInput;
import org.sanad.referrals.api.IdentityRequestView;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.api.VictimIdentity;
import org.sanad.referrals.service.CourtEvidence;
import org.sanad.referrals.service.FeedLongPoll;
import org.sanad.referrals.service.CourtReplyService;
import org.sanad.referrals.service.VictimIdentities;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The court integration: court systems (OIDC client credentials, role court-system, their court
 * code in a token claim) pull what is addressed to their court and reply. Another court's
 * referral is, to them, not there. Every reply (every POST) honours the Idempotency-Key, scoped to
 * the court system's client id.
 */
@Path("/court")
@Tag(name = "Court integration", description = "Court systems pull their referrals and reply")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COURT_SYSTEM)
public class CourtResource {

    @Inject
    FeedLongPoll longPoll;

    @Inject
    CourtReplyService replies;

    @Inject
    CourtEvidence evidence;

    @Inject
    VictimIdentities identities;

    @GET
    @Path("/feed")
    @Blocking
    @Operation(summary = "New and changed referrals for the caller's court, oldest first; may wait for the next one",
            description = "Roles: court-system. Each entry is a full snapshot of the referral's current version after "
                    + "the change, with its own position: a court stores the position of the last entry it has "
                    + "processed and resumes with after=<position>. The same cursor always returns the same page; an old "
                    + "cursor replays everything since. A cursor handed to another court is refused. With wait=N (1 to "
                    + "30 seconds) and nothing after the cursor, the answer waits until an entry arrives or N seconds "
                    + "have passed, then answers an empty page with the same cursor.")
    @APIResponse(responseCode = "200", description = "A page of changes and the cursor to pull next")
    @APIResponse(responseCode = "400", description = "Invalid cursor, page size or wait")
    @APIResponse(responseCode = "403", description = "No court code in the token, or another court's cursor")
    @APIResponse(responseCode = "429", description = "As many courts wait as this replica takes; retry after Retry-After")
    public Uni<FeedPage> feed(@QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") Integer limit,
            @Parameter(description = "Seconds to wait for an entry when there is none after the cursor (0 to 30; 0, "
                    + "the default, answers at once)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                            maximum = "30", defaultValue = "0"))
            @QueryParam("wait") @Size(max = 10) String wait) {
        return longPoll.poll(after, limit, wait);
    }

    @GET
    @Path("/referrals/{id}")
    @Operation(summary = "A referral submitted to the caller's court, at its current version", description = "Roles: court-system (own court).")
    @APIResponse(responseCode = "200", description = "The referral; victims under pseudonyms")
    @APIResponse(responseCode = "404", description = "No such referral for this court")
    public ReferralView read(@PathParam("id") UUID id) {
        return replies.read(id);
    }

    @GET
    @Path("/referrals/{id}/versions/{number}")
    @Operation(summary = "An earlier version submitted to the caller's court", description = "Roles: court-system (own court).")
    @APIResponse(responseCode = "200", description = "The version as submitted")
    @APIResponse(responseCode = "404", description = "No such referral or submitted version for this court")
    public ReferralView readVersion(@PathParam("id") UUID id, @PathParam("number") @Positive int number) {
        return replies.readVersion(id, number);
    }

    @POST
    @Path("/referrals/{id}/receipt")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge receipt of a submitted version (idempotent)",
            description = "Roles: court-system (own court). The same receipt twice is one receipt.")
    @APIResponse(responseCode = "200", description = "Received")
    @APIResponse(responseCode = "400", description = "Invalid receipt")
    @APIResponse(responseCode = "404", description = "No such referral for this court")
    @APIResponse(responseCode = "409", description = "Not the current version, or not awaiting receipt")
    public ReferralView receipt(@PathParam("id") UUID id, @NotNull @Valid CourtReplies.Receipt receipt) {
        return replies.receipt(id, receipt);
    }

    @POST
    @Path("/referrals/{id}/review")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The review outcome: accepted, partially accepted, or returned with reasons",
            description = "Roles: court-system (own court). Only after receipt. A returned referral comes back as a new version.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid review (reasons are required unless accepted)")
    @APIResponse(responseCode = "404", description = "No such referral for this court")
    @APIResponse(responseCode = "409", description = "Not the current version, or not received yet / already reviewed")
    public ReferralView review(@PathParam("id") UUID id, @NotNull @Valid CourtReplies.Review review) {
        return replies.review(id, review);
    }

    @POST
    @Path("/referrals/{id}/hearings")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A hearing scheduled (date, chamber)",
            description = "Roles: court-system (own court). Only once accepted. The case and the victims learn a hearing is scheduled.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid hearing")
    @APIResponse(responseCode = "404", description = "No such referral for this court")
    @APIResponse(responseCode = "409", description = "Not the current version, or not accepted")
    public ReferralView hearing(@PathParam("id") UUID id, @NotNull @Valid CourtReplies.Hearing hearing) {
        return replies.hearing(id, hearing);
    }

    @POST
    @Path("/referrals/{id}/decision")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The decision: a verdict per defendant and charge, sentence, date",
            description = "Roles: court-system (own court). Only after a hearing. The case and the victims learn the court decided.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid decision: a verdict for someone not a defendant or a charge not brought")
    @APIResponse(responseCode = "404", description = "No such referral for this court")
    @APIResponse(responseCode = "409", description = "Not the current version, no hearing yet, or decided already")
    public ReferralView decision(@PathParam("id") UUID id, @NotNull @Valid CourtReplies.Decision decision) {
        return replies.decision(id, decision);
    }

    @POST
    @Path("/referrals/{id}/evidence/{itemId}/link")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Operation(summary = "A short-lived link to one manifest item", description = "Roles: court-system (own court). "
            + "The link is signed, valid for minutes, and only for the court that asked.")
    @APIResponse(responseCode = "200", description = "The link, its expiry and the SHA-256 the bytes will be checked against")
    @APIResponse(responseCode = "404", description = "No such referral for this court, or no such item in its manifest")
    public EvidenceLink link(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return evidence.link(id, itemId);
    }

    @GET
    @Path("/evidence/{token}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Fetch evidence through a link: the bytes, checked against the manifest's SHA-256",
            description = "Roles: court-system (the court the link was issued to). The bytes come from the service that "
                    + "holds them, are hashed and compared before any is served; every access is audited and written "
                    + "to the item's custody log; a mismatch is refused and recorded.")
    @APIResponse(responseCode = "200", description = "The bytes",
            extensions = @Extension(name = EvidenceBytesResponses.MARK, value = "true"))
    @APIResponse(responseCode = "403", description = "Invalid or expired link, or another court's")
    @APIResponse(responseCode = "404", description = "No such referral or item for this court")
    @APIResponse(responseCode = "409", description = "INTEGRITY FAILURE: the bytes do not match the manifest; not served, recorded")
    @APIResponse(responseCode = "410", description = "The file was purged at the end of its retention period; recorded")
    @APIResponse(responseCode = "503", description = "The service holding the bytes could not be reached")
    public Response fetch(@PathParam("token") @Size(max = 600) String token) {
        CourtEvidence.Served served = evidence.fetch(token);
        return EvidenceDownloads.attachment(served.body(), served.size(), served.item().contentType(),
                served.item().fileName(), served.item().sha256());
    }

    @POST
    @Path("/referrals/{id}/victims/{pseudonym}/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask who a pseudonymised victim is, with a reason",
            description = "Roles: court-system (own court). The request and its reason are recorded and audited here, "
                    + "and the disclosure in complaints-service; the identity is never stored in this service, and "
                    + "every disclosure is entered on the case's timeline for its supervisor. Not for a closed "
                    + "referral; a court makes at most referrals.identity-requests.per-court-per-day in any 24 hours. "
                    + "Where a prosecutor must approve first, the answer is 202 and the request waits: the court "
                    + "reads it at Location and, once APPROVED, fetches the identity through its disclosure. No "
                    + "Idempotency-Key: a replay would need the identity stored, which this service never does; a "
                    + "retry is a new request, recorded and counted.")
    @APIResponse(responseCode = "200", description = "The victim's identity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VictimIdentity.class)))
    @APIResponse(responseCode = "202", description = "Recorded; awaits a prosecutor's approval. Location names the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityRequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing or too short a reason")
    @APIResponse(responseCode = "404", description = "No such referral for this court, or no such pseudonym")
    @APIResponse(responseCode = "409", description = "The referral is closed")
    @APIResponse(responseCode = "429", description = "The court's requests of the last 24 hours reached the limit; Retry-After says when one frees up")
    @APIResponse(responseCode = "503", description = "complaints-service could not be reached")
    public Response identity(@PathParam("id") UUID id,
            @PathParam("pseudonym") @Pattern(regexp = "VICTIM-[0-9]{1,4}") String pseudonym,
            @NotNull @Valid IdentityRequestInput request) {
        VictimIdentities.Answer answer = identities.request(id, pseudonym, request.reason());
        if (answer.identity() != null) {
            return Response.ok(answer.identity()).build();
        }
        return Response.accepted(answer.awaiting())
                .location(URI.create("/court/referrals/" + id + "/identity-requests/" + answer.awaiting().id())).build();
    }

    @GET
    @Path("/referrals/{id}/identity-requests/{requestId}")
    @Operation(summary = "One of the court's identity requests, as it stands", description = "Roles: court-system (own court).")
    @APIResponse(responseCode = "200", description = "The request: awaiting approval, approved, refused, disclosed")
    @APIResponse(responseCode = "404", description = "No such referral for this court, or no such request")
    public IdentityRequestView identityRequest(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return identities.status(id, requestId);
    }

    @POST
    @Path("/referrals/{id}/identity-requests/{requestId}/disclosure")
    @Operation(summary = "The identity an approved request asked for",
            description = "Roles: court-system (own court). Once per approval; recorded, audited and entered on the "
                    + "case's timeline as any disclosure. No Idempotency-Key: the identity is never stored to be replayed.")
    @APIResponse(responseCode = "200", description = "The victim's identity")
    @APIResponse(responseCode = "404", description = "No such referral for this court, or no such request")
    @APIResponse(responseCode = "409", description = "The request awaits approval, was refused or was answered already, or the referral is closed")
    @APIResponse(responseCode = "503", description = "complaints-service could not be reached; the request stays approved")
    public VictimIdentity identityDisclosure(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return identities.discloseApproved(id, requestId);
    }
}
