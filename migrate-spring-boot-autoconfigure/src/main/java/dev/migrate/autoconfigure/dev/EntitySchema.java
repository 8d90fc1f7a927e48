package dev.migrate.autoconfigure.dev;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.migrate.dialect.Dialect;

/** The entities' side of a diff: their create script for a dialect, and a cheap fingerprint of them. */
final class EntitySchema {

    private final Function<Dialect, List<String>> createScript;

    private final Supplier<String> fingerprint;

    /**
     * @param createScript the entities' create script for a dialect, unqualified
     * @param fingerprint a hash of the entities and the dev database, cheap to compute (no Hibernate mapping), by
     * which an unchanged start is known to be in sync (see {@link InSyncStamp})
     */
    EntitySchema(Function<Dialect, List<String>> createScript, Supplier<String> fingerprint) {
        this.createScript = createScript;
        this.fingerprint = fingerprint;
    }

    List<String> createScript(Dialect dialect) {
        try {
            return this.createScript.apply(dialect);
        }
        catch (RuntimeException ex) {
            throw new MigrationDiffException("Hibernate cannot produce the entities' schema: " + ex.getMessage(),
                    "Fix the entity mapping; the EntityManagerFactory would fail the same way.", ex);
        }
    }

    String fingerprint() {
        return this.fingerprint.get();
    }

}
