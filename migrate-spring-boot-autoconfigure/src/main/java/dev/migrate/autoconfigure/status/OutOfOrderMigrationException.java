package dev.migrate.autoconfigure.status;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dir.MigrationFile;

/**
 * The database has applied a migration newer than one that is not applied: a branch with an older version was
 * merged after a newer one reached the database.
 */
public class OutOfOrderMigrationException extends MigrateException {

    private final List<MigrationFile> outOfOrder;

    private final MigrationFile newestApplied;

    public OutOfOrderMigrationException(String location, List<MigrationFile> outOfOrder, MigrationFile newestApplied) {
        super(describe(location, outOfOrder, newestApplied), fix(outOfOrder, newestApplied));
        this.outOfOrder = outOfOrder;
        this.newestApplied = newestApplied;
    }

    public List<MigrationFile> outOfOrder() {
        return this.outOfOrder;
    }

    public MigrationFile newestApplied() {
        return this.newestApplied;
    }

    private static String fix(List<MigrationFile> outOfOrder, MigrationFile newestApplied) {
        return "Give " + names(outOfOrder) + " a version newer than " + newestApplied.version()
                + " (rename it to a new timestamp and run ./mvnw migrate:hash), or set migrate.allow-out-of-order=true"
                + " to apply it anyway.";
    }

    private static String describe(String location, List<MigrationFile> outOfOrder, MigrationFile newestApplied) {
        return "The database has applied " + newestApplied.name() + " (version " + newestApplied.version()
                + "), but the older " + names(outOfOrder) + " of " + location + " " + (outOfOrder.size() == 1 ? "is" : "are")
                + " not applied. Applying " + (outOfOrder.size() == 1 ? "it" : "them")
                + " now would run migrations out of order.";
    }

    private static String names(List<MigrationFile> files) {
        return String.join(", ", files.stream().map(MigrationFile::name).toList());
    }

}
