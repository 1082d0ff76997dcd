package org.sanad.core.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * How every service hands out evidence bytes: with their SHA-256 as {@value #REPR_DIGEST} (RFC
 * 9530) and as hex in {@value #SHA256_HEADER}, as an attachment, never cached, never sniffed.
 */
public final class EvidenceDownloads {

    public static final String REPR_DIGEST = "Repr-Digest";
    public static final String SHA256_HEADER = "X-Content-SHA256";

    private EvidenceDownloads() {
    }

    /** @param sha256 the bytes' SHA-256 as recorded on arrival and checked just now, lower-case hex */
    public static Response attachment(byte[] bytes, String contentType, String fileName, String sha256) {
        return headers(Response.ok(bytes, mediaType(contentType)), fileName, sha256).build();
    }

    /** The same, streamed: {@code size} bytes (-1: not known ahead) that {@code body} writes (and checks) as it goes. */
    public static Response attachment(StreamingOutput body, long size, String contentType, String fileName, String sha256) {
        Response.ResponseBuilder response = headers(Response.ok(body, mediaType(contentType)), fileName, sha256);
        return (size >= 0 ? response.header(HttpHeaders.CONTENT_LENGTH, size) : response).build();
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "application/octet-stream" : contentType;
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, String fileName, String sha256) {
        byte[] digest = HexFormat.of().parseHex(sha256);
        return response
                .header(REPR_DIGEST, "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .header(SHA256_HEADER, sha256)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName == null ? "evidence" : fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // a browser must not guess another type than the one recorded (an HTML "image")
                .header("X-Content-Type-Options", "nosniff");
    }

    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
