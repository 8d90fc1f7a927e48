package dev.migrate.h2;

import java.security.SecureRandom;
import java.util.HexFormat;

import dev.migrate.dialect.Dialect;

/**
 * The H2 schema engine in one place: {@link H2Inspector} reads a schema from {@code INFORMATION_SCHEMA},
 * {@link H2Normalizer} brings it to a canonical form, {@link H2Statements} plans changes, {@link H2DevSchemas} runs
 * the dev database's schemas, {@link H2Identifiers} maps names.
 */
public final class H2 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private H2() {
    }

    public static Dialect dialect() {
        return H2Dialect.INSTANCE;
    }

    /**
     * A URL for a private in-memory dev database: {@code jdbc:h2:mem:migrate_dev_<random>}. It lives as long as its
     * first connection, which a {@link dev.migrate.devdb.DevDatabase} holds for its whole session, so nothing outlives
     * the session, nothing touches the application's database, and no server is needed. The replay cache then lasts
     * one session; for a cache that survives sessions use a database that does: a named in-memory one kept open
     * for the JVM ({@code jdbc:h2:mem:migrate_dev;DB_CLOSE_DELAY=-1}), or a file
     * ({@code jdbc:h2:file:./target/migrate-dev}). H2 commits DDL at once, so two runs sharing one H2 dev database
     * are not isolated from each other as they are on PostgreSQL; a private database per run avoids the question.
     */
    public static String devDatabaseUrl() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "jdbc:h2:mem:migrate_dev_" + HexFormat.of().formatHex(bytes);
    }

}
