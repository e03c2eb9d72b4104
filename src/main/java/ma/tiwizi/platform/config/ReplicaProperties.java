package ma.tiwizi.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL read replica ({@code tiwizi.replica.*}): its URL and account (the primary's when not given), how long a
 * session that just wrote keeps reading the primary (so a page after a change shows it, whatever the replica's lag),
 * and how long a replica that failed is left alone before it is tried again.
 */
record ReplicaProperties(String url, String username, String password,
        @DefaultValue("PT10S") Duration readOwnWritesFor, @DefaultValue("PT30S") Duration retryAfter) {
}
