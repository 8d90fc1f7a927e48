package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes scratch schemas of runs that were killed before they could drop them: those whose owning backend no longer
 * exists. A scratch schema without a readable marker (created by hand, or by a future version) is removed only once
 * the time in its name is older than {@link #UNMARKED_GRACE}.
 */
final class LeftoverScratchSchemas {

    static final Duration UNMARKED_GRACE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(LeftoverScratchSchemas.class);

    private LeftoverScratchSchemas() {
    }

    /** The names of the schemas removed. */
    static List<String> remove(Connection connection, DevSchemas schemas, Clock clock) throws SQLException {
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> schema : schemas.withPrefix(connection, ScratchSchema.PREFIX).entrySet()) {
            Optional<String> reason = leftoverReason(connection, schemas, schema.getKey(), schema.getValue(), clock);
            if (reason.isPresent() && drop(connection, schemas, schema.getKey())) {
                log.info("Removed leftover scratch schema {}: {}", schema.getKey(), reason.get());
                removed.add(schema.getKey());
            }
        }
        return removed;
    }

    private static Optional<String> leftoverReason(Connection connection, DevSchemas schemas, String name, String comment, Clock clock)
            throws SQLException {
        Optional<ScratchMarker> marker = ScratchMarker.parse(comment);
        if (marker.isPresent()) {
            BackendIdentity owner = marker.get().owner();
            return schemas.isAlive(connection, owner) ? Optional.empty()
                    : Optional.of("the run that created it ended without dropping it (backend " + owner.pid()
                            + " is gone)");
        }
        Optional<LocalDateTime> created = createdAt(name);
        if (created.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return created.get().plus(UNMARKED_GRACE).isBefore(now)
                ? Optional.of("it has no owner marker and was created more than " + UNMARKED_GRACE.toHours()
                        + " hour(s) ago")
                : Optional.empty();
    }

    private static Optional<LocalDateTime> createdAt(String name) {
        String rest = name.substring(ScratchSchema.PREFIX.length());
        int end = rest.indexOf('_');
        try {
            return Optional.of(LocalDateTime.parse(end < 0 ? rest : rest.substring(0, end), ScratchSchema.TIMESTAMP));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** Another run may remove the same leftover at the same moment; that is not an error. */
    private static boolean drop(Connection connection, DevSchemas schemas, String name) {
        try {
            schemas.drop(connection, name);
            return true;
        }
        catch (SQLException ex) {
            log.debug("Could not remove leftover scratch schema {}: {}", name, ex.getMessage());
            return false;
        }
    }

}
