package ma.tiwizi.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files under {@code tiwizi.storage.directory} (default {@code ./data/documents}), two levels of hash folders. */
@Component
class FileSystemDocumentStore implements DocumentStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileSystemDocumentStore(@Value("${tiwizi.storage.directory:./data/documents}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] content) {
        String hash = sha256(content);
        Path target = path(hash);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash;
    }

    @Override
    public Optional<byte[]> get(String contentHash) {
        if (contentHash == null || !HASH.matcher(contentHash).matches()) {
            return Optional.empty();
        }
        Path file = path(contentHash);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document kept here, with its hash (to move them elsewhere). */
    void each(java.util.function.BiConsumer<String, byte[]> action) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var found = Files.walk(root)) {
            found.filter(Files::isRegularFile).filter(file -> HASH.matcher(file.getFileName().toString()).matches())
                    .forEach(file -> action.accept(file.getFileName().toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
