package ma.tiwizi.platform.files;

import java.util.Optional;

/**
 * Where uploaded files live, outside the web root and the database, named by the SHA-256 of their content (so the
 * same file is stored once and a name can never be guessed or climb out of the folder).
 */
public interface DocumentStore {

    /** Stores the bytes and returns their content hash, the name to read them back by. */
    String put(byte[] content);

    Optional<byte[]> get(String contentHash);
}
