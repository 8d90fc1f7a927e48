package dev.migrate.devdb;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema of the dev database that lives for one run: uniquely named
 * {@code migrate_scratch_<yyyyMMddHHmmss>_<random>}, marked with its owning backend, dropped on {@link #close()}. A
 * run killed before closing leaves it behind; {@link LeftoverScratchSchemas} removes it on the next run.
 */
public final class ScratchSchema implements AutoCloseable {

    static final String PREFIX = "migrate_scratch_";

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final Logger log = LoggerFactory.getLogger(ScratchSchema.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection connection;
    private final DevSchemas schemas;
    private final String name;
    private boolean gone;

    private ScratchSchema(Connection connection, DevSchemas schemas, String name) {
        this.connection = connection;
        this.schemas = schemas;
        this.name = name;
    }

    /** Creates a new scratch schema owned by the connection's backend. */
    static ScratchSchema create(Connection connection, DevSchemas schemas, Clock clock) throws SQLException {
        String name = newName(clock);
        ScratchMarker marker = new ScratchMarker(schemas.owner(connection));
        // Created and marked at once, so no other run ever sees it unmarked.
        Schemas.inTransaction(connection, () -> {
            schemas.create(connection, name);
            schemas.comment(connection, name, marker.text());
        });
        log.debug("Created scratch schema {}", name);
        return new ScratchSchema(connection, schemas, name);
    }

    /** A fresh scratch schema name: {@code migrate_scratch_<yyyyMMddHHmmss>_<random>}. */
    static String newName(Clock clock) {
        return PREFIX + LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(TIMESTAMP) + "_"
                + HexFormat.of().formatHex(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public String name() {
        return name;
    }

    /** The schema now lives on under another name (the cache took it over); closing no longer drops anything. */
    void handedOver() {
        gone = true;
    }

    /**
     * Drops the schema and all it holds. A failure is logged, not thrown: the schema is then a leftover of a backend
     * that will end, and the next run removes it.
     */
    @Override
    public void close() {
        if (gone) {
            return;
        }
        gone = true;
        try {
            schemas.drop(connection, name);
            log.debug("Dropped scratch schema {}", name);
        }
        catch (SQLException ex) {
            log.warn("Could not drop scratch schema {} ({}); the next run removes it", name, ex.getMessage());
        }
    }

}
