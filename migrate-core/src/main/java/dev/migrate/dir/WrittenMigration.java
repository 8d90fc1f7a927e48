package dev.migrate.dir;

import java.nio.file.Path;
import java.util.List;

/** What {@link MigrationWriter#add} put in the directory. */
public record WrittenMigration(String version, List<Path> files, SumFile sum) {

    public WrittenMigration {
        files = List.copyOf(files);
    }

}
