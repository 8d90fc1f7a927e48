package dev.migrate.autoconfigure.status;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dir.MigrationFile;
import dev.migrate.status.EditedAfterApply;

/**
 * An applied migration was edited afterwards (and re-hashed, so {@code atlas.sum} is valid again): the executor's
 * recorded checksum no longer matches the file, and it would refuse to run with a checksum error.
 */
public class EditedAfterApplyException extends MigrateException {

    private final List<MigrationFile> files;

    public EditedAfterApplyException(String location, String executor, List<MigrationFile> files) {
        super(EditedAfterApply.description(location, executor, files)
                + " The application did not start, and no migration ran.", EditedAfterApply.choices());
        this.files = List.copyOf(files);
    }

    public List<MigrationFile> files() {
        return this.files;
    }

}
