package dev.migrate.benchmarks.dir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over the directory's bytes already in memory: the part of validation no implementation can skip, timed
 * alone so the report can show how close validation is to "read + hash".
 */
final class InMemoryHash {

    private final List<byte[]> contents;

    private InMemoryHash(List<byte[]> contents) {
        this.contents = contents;
    }

    static InMemoryHash of(Path directory) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.sorted().toList()) {
                contents.add(Files.readAllBytes(child));
            }
        }
        return new InMemoryHash(contents);
    }

    long hashAll() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach(digest::update);
            return digest.digest()[0];
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
