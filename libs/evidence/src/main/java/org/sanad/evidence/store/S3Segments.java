package org.sanad.evidence.store;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.hashing.Sha256;

import io.quarkus.arc.lookup.LookupIfProperty;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Segments as objects of an S3-compatible store, {@code <prefix>/<object id>/<segment, six
 * digits>}: one object per sealed segment (256 KiB and its tag), so an upload streams with two
 * segments in memory whatever the file's size, and a download reads them in order. Each PUT
 * carries the segment's SHA-256 ({@code x-amz-checksum-sha256}), which the server checks before it
 * stores it, and each GET asks for it back and is checked by the client, on top of each segment's
 * own AES-GCM tag.
 */
@ApplicationScoped
@LookupIfProperty(name = "sanad.evidence-store.kind", stringValue = "s3")
public class S3Segments implements SegmentStorage {

    @Inject
    S3StorageConfig config;

    private S3Client s3;
    private String bucket;

    @PostConstruct
    void connect() {
        bucket = config.bucket().orElseThrow(() -> new IllegalStateException(
                "sanad.evidence-store.kind=s3 needs sanad.evidence-store.s3.bucket"));
        s3 = S3Clients.connect(config);
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public void put(UUID objectId, int segment, byte[] sealed) {
        s3.putObject(put -> put.bucket(bucket).key(key(objectId, segment)).contentLength((long) sealed.length)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(Sha256.base64Of(sealed)),
                RequestBody.fromBytes(sealed));
    }

    @Override
    public byte[] get(UUID objectId, int segment) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(get -> get.bucket(bucket)
                    .key(key(objectId, segment)).checksumMode(ChecksumMode.ENABLED));
            return object.asByteArray();
        } catch (NoSuchKeyException e) {
            throw new EvidenceIntegrityException("segment " + segment + " of evidence object " + objectId + " is missing");
        }
    }

    @Override
    public void deleteAll(UUID objectId) {
        String prefix = config.prefix() + "/" + objectId + "/";
        for (var page : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix))) {
            List<ObjectIdentifier> keys = page.contents().stream().map(S3Object::key)
                    .map(key -> ObjectIdentifier.builder().key(key).build()).toList();
            if (!keys.isEmpty()) {
                s3.deleteObjects(delete -> delete.bucket(bucket).delete(Delete.builder().objects(keys).quiet(true).build()));
            }
        }
    }

    @Override
    public boolean deletedWithTheRow() {
        return false;
    }

    /** The key of a segment: segments of one object list in order. */
    String key(UUID objectId, int segment) {
        return config.prefix() + "/" + objectId + "/" + String.format("%06d", segment);
    }
}
