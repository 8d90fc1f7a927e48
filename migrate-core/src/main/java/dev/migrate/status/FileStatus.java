package dev.migrate.status;

import dev.migrate.dir.MigrationFile;

/** One up file of the directory and where it stands. */
public record FileStatus(MigrationFile file, FileState state) {
}
