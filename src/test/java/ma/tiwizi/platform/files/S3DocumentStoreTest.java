package ma.tiwizi.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents on an S3-compatible store, tested against a real S3 API server started here (s3proxy, in memory): what
 * one node stores another reads; a document still on disk downloads through the bucket's store; the move command
 * copies every file once; an unreachable store refuses the upload and keeps nothing, while downloads fall back to disk.
 */
class S3DocumentStoreTest {

    private static S3Proxy server;
    private static BlobStore blobs;
    private static URI endpoint;

    @BeforeAll
    static void startTheS3Server() throws Exception {
        int port;
        try (var free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        var context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs = context.getBlobStore();
        blobs.createContainerInLocation(null, "tiwizi-documents");
        server = S3Proxy.builder().blobStore(blobs).endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "tiwizi", "tiwizi-secret").build();
        server.start();
        long until = System.currentTimeMillis() + 10_000;
        while (!"STARTED".equals(server.getState())) {
            assertThat(System.currentTimeMillis()).as("s3proxy started").isLessThan(until);
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stopTheS3Server() throws Exception {
        server.stop();
    }

    private static S3DocumentStore node(URI at, Path disk) {
        return new S3DocumentStore(new S3Properties(at, "tiwizi-documents", "us-east-1", "tiwizi", "tiwizi-secret",
                true), new FileSystemDocumentStore(disk));
    }

    @Test
    void whatOneNodeStoresAnotherReadsAndFilesNotMovedYetStillDownload(@TempDir Path one, @TempDir Path other)
            throws Exception {
        byte[] pdf = ("%PDF-1.4 محضر الجمع العام " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String hash = node(endpoint, one).put(pdf);
        assertThat(node(endpoint, other).get(hash)).hasValue(pdf);
        assertThat(blobs.blobExists("tiwizi-documents", hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash))
                .isTrue();
        assertThat(Files.list(one).count()).as("nothing written on the node's disk").isZero();

        byte[] old = ("an old scan " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String oldHash = new FileSystemDocumentStore(other).put(old);
        assertThat(node(endpoint, other).get(oldHash)).as("still on disk, read through the bucket's store")
                .hasValue(old);
        assertThat(node(endpoint, one).get(oldHash)).as("another node has no such file").isEmpty();

        var moving = node(endpoint, other);
        assertThat(new DocumentsToS3(new FileSystemDocumentStore(other), moving, null).move()).containsExactly(1, 0);
        assertThat(node(endpoint, one).get(oldHash)).as("moved: every node reads it").hasValue(old);
        assertThat(new DocumentsToS3(new FileSystemDocumentStore(other), moving, null).move())
                .as("run again: nothing copied twice").containsExactly(0, 1);
        assertThat(node(endpoint, one).get("not-a-hash")).isEmpty();
    }

    @Test
    void anUnreachableStoreRefusesTheUploadAndDownloadsFallBackToDisk(@TempDir Path disk) throws Exception {
        int closed;
        try (var free = new java.net.ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        var down = node(URI.create("http://127.0.0.1:" + closed), disk);
        byte[] content = "a receipt".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> down.put(content)).isInstanceOf(StorageUnavailable.class)
                .extracting(e -> ((StorageUnavailable) e).status().value()).isEqualTo(503);
        assertThat(Files.list(disk).count()).as("nothing kept half").isZero();
        String hash = new FileSystemDocumentStore(disk).put(content);
        assertThat(down.get(hash)).hasValue(content);
    }
}
