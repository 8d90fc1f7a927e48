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
     * the session and no server is needed; the replay cache then lasts one session.
     */
    public static String devDatabaseUrl() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "jdbc:h2:mem:migrate_dev_" + HexFormat.of().formatHex(bytes);
    }

}
