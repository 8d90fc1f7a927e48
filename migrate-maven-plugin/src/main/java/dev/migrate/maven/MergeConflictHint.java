package dev.migrate.maven;

import java.io.IOException;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.rebase.ConflictMarkers;

/** The sentence added to an integrity failure when {@code atlas.sum} holds git conflict markers. */
final class MergeConflictHint {

    private MergeConflictHint() {
    }

    static String of(MigrationDirectory directory, String base) {
        try {
            boolean conflicted = directory.readSumFile().map(ConflictMarkers::in).orElse(false);
            return conflicted ? System.lineSeparator() + "atlas.sum holds git conflict markers: two branches added "
                    + "migrations. Run ./mvnw migrate:rebase -Dmigrate.base=" + (base == null ? "<the branch you merged>"
                            : base) + " to give this branch's migrations versions after the base's and re-hash."
                    : "";
        }
        catch (IOException ex) {
            return "";
        }
    }

}
