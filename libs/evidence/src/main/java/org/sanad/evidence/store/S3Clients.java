package org.sanad.evidence.store;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** A client of the object store {@code sanad.evidence-store.s3.*} names, for the evidence's segments and the audit anchors. */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client connect(S3StorageConfig config) {
        S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region())).forcePathStyle(config.pathStyle());
        config.endpoint().ifPresent(builder::endpointOverride);
        if (config.accessKeyId().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    config.accessKeyId().get(), config.secretAccessKey().orElseThrow(() -> new IllegalStateException(
                            "sanad.evidence-store.s3.access-key-id needs sanad.evidence-store.s3.secret-access-key")))));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
