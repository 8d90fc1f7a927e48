package dev.migrate.benchmarks.dir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The baseline: the least work that still reads every byte validation reads, with the same JDK calls an
 * application would use. Returns a value derived from the bytes so the reads cannot be optimised away.
 */
final class PlainReads {

    private PlainReads() {
    }

    /** Lists the folder and reads every file in it. */
    static long folder(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            long seen = 0;
            for (Path child : (Iterable<Path>) children::iterator) {
                seen += digestOf(Files.readAllBytes(child));
            }
            return seen;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Like {@link #folder} but skips what is not a regular file, as any reader that must not trip over a sub-folder
     * does (and as validation does): one more system call per entry. Shown for context, not the target's baseline.
     */
    static long folderFilesOnly(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            long seen = 0;
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.isRegularFile(child)) {
                    seen += digestOf(Files.readAllBytes(child));
                }
            }
            return seen;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Opens the jar, enumerates its entries and reads every file below {@code folder}. */
    static long jar(Path jarPath, String folder) {
        String prefix = folder + "/";
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            long seen = 0;
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        seen += digestOf(in.readAllBytes());
                    }
                }
            }
            return seen;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Touches the length and the last byte only: enough to keep the read, far too little to cost anything. */
    private static long digestOf(byte[] content) {
        return content.length == 0 ? 0 : content.length + content[content.length - 1];
    }

}
