package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated migrations of one source directory that a {@code dev} start wrote and stopped for review: until the
 * executor applies them, a person may edit them, and the next start re-hashes them ({@link EditedPendingMigrations}).
 */
final class PendingReviews {

    private final DevNotes note;

    PendingReviews(Path sourceDirectory) {
        this.note = new DevNotes("pending-review", sourceDirectory);
    }

    /** The file names awaiting review. */
    Set<String> files() {
        Set<String> names = new TreeSet<>();
        this.note.read().ifPresent((text) -> text.lines().filter((line) -> !line.isBlank()).forEach(names::add));
        return names;
    }

    void add(Collection<String> names) {
        Set<String> all = new TreeSet<>(files());
        all.addAll(names);
        this.note.write(String.join("\n", all));
    }

    void remove(Collection<String> names) {
        Set<String> all = new TreeSet<>(files());
        all.removeAll(names);
        this.note.write(String.join("\n", all));
    }

}
