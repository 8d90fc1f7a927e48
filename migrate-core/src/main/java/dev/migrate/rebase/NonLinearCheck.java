package dev.migrate.rebase;

import java.util.List;

import dev.migrate.dir.MigrationFile;

/** A branch's new migrations must all come after the newest migration of its base. */
public final class NonLinearCheck {

    private NonLinearCheck() {
    }

    /** @throws NonLinearMigrationException naming each added file that is not newer, and the base's newest */
    public static void verify(BranchMigrations branch) {
        List<MigrationFile> older = branch.olderThanBase();
        if (!older.isEmpty()) {
            throw new NonLinearMigrationException(branch, older);
        }
    }

}
