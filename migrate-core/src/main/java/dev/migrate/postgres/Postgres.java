package dev.migrate.postgres;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaDiffer;

/**
 * The PostgreSQL schema engine in one place: {@link #inspector()} reads a schema, {@link #differ()} compares two
 * (after {@link PostgresNormalizer PostgreSQL normalization}), {@link #planner()} turns the changes into SQL with
 * its reverse.
 */
public final class Postgres {

    private Postgres() {
    }

    public static PostgresInspector inspector() {
        return new PostgresInspector();
    }

    public static SchemaDiffer differ() {
        return new SchemaDiffer(PostgresNormalizer.INSTANCE);
    }

    public static PostgresPlanner planner() {
        return new PostgresPlanner();
    }

    /** The engine behind the {@link Dialect} seam, with the dev database's schema statements. */
    public static Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

}
