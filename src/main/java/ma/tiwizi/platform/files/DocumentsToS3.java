package ma.tiwizi.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Moves the documents kept on disk into the S3 bucket, once, when Tiwizi is started with
 * {@code --tiwizi.storage.move-to-s3=true} (see the README): each file is copied unless the bucket has it already, so
 * the command can be run again after an interruption. The files stay on disk until the operator removes them.
 */
@Component
@ConditionalOnProperty({"tiwizi.storage.s3.bucket", "tiwizi.storage.move-to-s3"})
class DocumentsToS3 implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentsToS3.class);

    private final FileSystemDocumentStore files;
    private final S3DocumentStore bucket;
    private final ConfigurableApplicationContext context;

    DocumentsToS3(FileSystemDocumentStore files, S3DocumentStore bucket, ConfigurableApplicationContext context) {
        this.files = files;
        this.bucket = bucket;
        this.context = context;
    }

    /** Moves the documents, then ends the command (it is not a server). */
    @Override
    public void run(ApplicationArguments arguments) {
        int[] counts = move();
        log.info("Documents moved to S3: {} copied, {} already there", counts[0], counts[1]);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Copies each document on disk into the bucket; how many were copied and how many were there already. */
    int[] move() {
        int[] counts = new int[2];
        files.each((hash, content) -> counts[bucket.copy(hash, content) ? 0 : 1]++);
        return counts;
    }
}
