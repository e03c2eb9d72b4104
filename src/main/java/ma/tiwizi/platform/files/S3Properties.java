package ma.tiwizi.platform.files;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An S3-compatible store for the documents ({@code tiwizi.storage.s3.*}: MinIO, Ceph, any cloud's): its endpoint, the
 * bucket, the region and the keys; path-style addresses by default, as MinIO and Ceph expect. The secret key is never
 * logged.
 */
@ConfigurationProperties("tiwizi.storage.s3")
public record S3Properties(URI endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
        String secretKey, @DefaultValue("true") boolean pathStyle) {

    @Override
    public String toString() {
        return "S3Properties[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
    }
}
