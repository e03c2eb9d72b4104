package ma.tiwizi.platform.files;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents in an S3-compatible bucket when {@code tiwizi.storage.s3.bucket} is set, so that every node reads what any
 * node stored. Objects are named like files on disk (two levels of hash folders), written whole or not at all; a
 * document not found in the bucket is read from the file store, so documents not moved yet still download. An
 * unreachable store refuses the upload (nothing is kept, the user may try again later).
 */
@Component
@Primary
@ConditionalOnProperty("tiwizi.storage.s3.bucket")
class S3DocumentStore implements DocumentStore, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStore.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final S3Client s3;
    private final String bucket;
    private final FileSystemDocumentStore files;

    S3DocumentStore(S3Properties properties, FileSystemDocumentStore files) {
        this.files = files;
        this.bucket = properties.bucket();
        var builder = S3Client.builder().region(Region.of(properties.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(properties.pathStyle())
                // checksums only where S3 requires them: MinIO, Ceph and older S3 servers refuse the SDK's newer
                // streamed checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        properties.accessKey(), properties.secretKey())));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        this.s3 = builder.build();
        log.info("Documents are stored in {}", properties);
    }

    @Override
    public String put(byte[] content) {
        String hash = FileSystemDocumentStore.sha256(content);
        try {
            if (!exists(hash)) {
                s3.putObject(request -> request.bucket(bucket).key(key(hash)).contentLength((long) content.length),
                        RequestBody.fromBytes(content));
            }
            return hash;
        } catch (SdkClientException | S3Exception unreachable) {
            log.warn("The document store refused or could not be reached: {}", unreachable.getMessage());
            throw new StorageUnavailable();
        }
    }

    @Override
    public Optional<byte[]> get(String contentHash) {
        if (contentHash == null || !HASH.matcher(contentHash).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key(contentHash)))
                    .asByteArray());
        } catch (NoSuchKeyException notMovedYet) {
            return files.get(contentHash);
        } catch (SdkException unreachable) {
            log.warn("The document store could not be reached, reading the file store: {}", unreachable.getMessage());
            return files.get(contentHash);
        }
    }

    /** Copies a document of the file store into the bucket unless it is there already; whether it was copied. */
    boolean copy(String hash, byte[] content) {
        if (exists(hash)) {
            return false;
        }
        s3.putObject(request -> request.bucket(bucket).key(key(hash)).contentLength((long) content.length),
                RequestBody.fromBytes(content));
        return true;
    }

    private boolean exists(String hash) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key(hash)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception other) {
            if (other.statusCode() == 404) {
                return false;
            }
            throw other;
        }
    }

    private static String key(String hash) {
        return hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash;
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
