package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Small notes the dev loop keeps between starts about one source directory (which migrations await review, the
 * fingerprint of the last in-sync start). They live in the temporary folder, not in the directory, so that nothing
 * of them reaches version control; losing one only costs a full diff or a manual {@code migrate:hash}.
 */
final class DevNotes {

    private final Path file;

    DevNotes(String kind, Path sourceDirectory) {
        this(Path.of(System.getProperty("java.io.tmpdir"), "migrate-dev"), kind, sourceDirectory);
    }

    DevNotes(Path folder, String kind, Path sourceDirectory) {
        this.file = folder.resolve(kind + "-" + sha256(sourceDirectory.toAbsolutePath().normalize().toString())
                + ".txt");
    }

    /** The note's text; empty when there is none or it cannot be read. */
    Optional<String> read() {
        try {
            return Files.isRegularFile(this.file) ? Optional.of(Files.readString(this.file, StandardCharsets.UTF_8))
                    : Optional.empty();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    /** Replaces the note atomically; an empty text deletes it. */
    void write(String text) {
        try {
            if (text.isEmpty()) {
                Files.deleteIfExists(this.file);
                return;
            }
            Files.createDirectories(this.file.getParent());
            Path temporary = Files.createTempFile(this.file.getParent(), "note", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the dev note " + this.file, ex);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
        }
    }

}
