package dev.migrate.rebase;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFile;

/** Files a branch added whose versions are not after the newest version of the base. */
public class NonLinearMigrationException extends MigrationDirectoryException {

    private final List<MigrationFile> files;

    NonLinearMigrationException(BranchMigrations branch, List<MigrationFile> files) {
        super(message(branch, files), "Run ./mvnw migrate:rebase -Dmigrate.base=" + branch.base().ref()
                + " to give the branch's new migrations versions after " + newest(branch).version()
                + " (it renames them, keeping their order and names, and re-hashes atlas.sum), then commit.");
        this.files = List.copyOf(files);
    }

    private static MigrationFile newest(BranchMigrations branch) {
        return branch.newestAtBase().orElseThrow();
    }

    private static String message(BranchMigrations branch, List<MigrationFile> files) {
        MigrationFile newest = newest(branch);
        return files.stream()
            .map(file -> file.name() + " (added on this branch, version " + file.version() + ") is not newer than "
                    + newest.name() + " (version " + newest.version() + "), the newest migration at "
                    + branch.base().ref())
            .collect(Collectors.joining(System.lineSeparator(),
                    "Non-linear migrations: applied after " + newest.name() + ", they would run out of order."
                            + System.lineSeparator(),
                    ""));
    }

    public List<MigrationFile> files() {
        return files;
    }

}
