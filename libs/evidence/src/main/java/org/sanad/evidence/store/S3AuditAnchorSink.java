package org.sanad.evidence.store;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.audit.anchor.AuditAnchorConfig;
import org.sanad.audit.anchor.AuditAnchorSink;
import org.sanad.core.hashing.Sha256;

import io.quarkus.arc.lookup.LookupIfProperty;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The audit chain's anchors as objects, {@code <prefix>/<service>/<name>}, in the bucket
 * {@code sanad.audit.anchor.s3.bucket} of the object store the evidence uses (its endpoint and
 * credentials): outside the database, and, with the bucket's object lock in compliance mode, beyond
 * the reach of anyone who later gains the service's own credentials.
 */
@ApplicationScoped
@LookupIfProperty(name = "sanad.audit.anchor.sink", stringValue = "s3")
public class S3AuditAnchorSink implements AuditAnchorSink {

    @Inject
    S3StorageConfig store;

    @Inject
    AuditAnchorConfig config;

    private S3Client s3;
    private String bucket;

    @PostConstruct
    void connect() {
        bucket = config.s3().bucket().orElseThrow(() -> new IllegalStateException(
                "sanad.audit.anchor.sink=s3 needs sanad.audit.anchor.s3.bucket"));
        s3 = S3Clients.connect(store);
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    @Override
    public void write(String service, String name, byte[] anchor) {
        s3.putObject(put -> put.bucket(bucket).key(folder(service) + name).contentLength((long) anchor.length)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(Sha256.base64Of(anchor)),
                RequestBody.fromBytes(anchor));
    }

    @Override
    public List<byte[]> first(String service, int count) {
        List<S3Object> objects = s3.listObjectsV2(list -> list.bucket(bucket).prefix(folder(service)).maxKeys(count)).contents();
        return objects.stream().map(object -> s3.getObjectAsBytes(get -> get.bucket(bucket).key(object.key())).asByteArray())
                .toList();
    }

    private String folder(String service) {
        return config.s3().prefix() + "/" + service + "/";
    }
}
