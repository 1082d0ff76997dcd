package org.sanad.idempotency;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.sanad.core.hashing.Sha256;

/**
 * The SHA-256 of the body of a request that carries an Idempotency-Key, computed as the body is
 * read for its resource, never held whole. It runs inside {@code HostileRequests}' bound, so a body
 * over the JSON limit is refused before it is hashed. What the parser leaves unread (nothing, for a
 * well-formed JSON body: trailing content is refused) is read into the digest too.
 */
@Provider
@Priority(Priorities.USER + 100)
public class RequestBodyDigest implements ReaderInterceptor {

    /** The digest of this request's body; the SHA-256 of no bytes when it has none. */
    @RequestScoped
    public static class Holder {

        private byte[] sha256;

        void digested(byte[] sha256) {
            this.sha256 = sha256;
        }

        public byte[] sha256() {
            return sha256 != null ? sha256 : Sha256.digest().digest();
        }
    }

    @Inject
    Holder holder;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // JSON only: a raw body (an evidence file) is streamed to its resource, never read here
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!json || context.getHeaders().getFirst(IdempotencyKey.HEADER) == null) {
            return context.proceed();
        }
        Digesting body = new Digesting(context.getInputStream());
        context.setInputStream(body);
        Object entity = context.proceed();
        holder.digested(body.finish());
        return entity;
    }

    private static final class Digesting extends FilterInputStream {

        private final MessageDigest digest = Sha256.digest();
        private byte[] sha256;

        Digesting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
            }
            return n;
        }

        /** The parser closes the body once it has its value: what it left is read into the digest first. */
        @Override
        public void close() throws IOException {
            finish();
            super.close();
        }

        byte[] finish() throws IOException {
            if (sha256 == null) {
                transferTo(OutputStream.nullOutputStream());
                sha256 = digest.digest();
            }
            return sha256;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes are read, so that they are digested too
            return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
        }
    }
}
