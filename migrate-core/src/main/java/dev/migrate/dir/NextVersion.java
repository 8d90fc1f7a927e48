package dev.migrate.dir;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The version of a new migration: the current UTC time as {@code yyyyMMddHHmmss}, or, when that is not after the
 * directory's latest version (a clock behind, two migrations in one second), the latest plus one second.
 */
public final class NextVersion {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private NextVersion() {
    }

    public static String after(Optional<String> latest, Clock clock) {
        String now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(TIMESTAMP);
        if (latest.isPresent() && !Version.isNumeric(latest.get())) {
            // Atlas's free-form versions (2.10.x-20) run in name order, which a timestamp follows.
            if (FileNameOrder.BYTEWISE.compare(now, latest.get()) > 0) {
                return now;
            }
            throw new MigrationDirectoryException("Cannot choose a version after " + latest.get() + ": the current "
                    + "time " + now + " does not sort after it.", "Name the next migration by hand with a version "
                    + "that sorts after " + latest.get() + ".");
        }
        if (latest.isEmpty() || Version.parse(now).compareTo(Version.parse(latest.get())) > 0) {
            return now;
        }
        return successor(latest.get());
    }

    private static String successor(String latest) {
        Version version = Version.parse(latest);
        if (version.parts().size() == 1 && latest.length() == 14) {
            try {
                return LocalDateTime.parse(latest, TIMESTAMP).plusSeconds(1).format(TIMESTAMP);
            }
            catch (DateTimeParseException ex) {
                // Fourteen digits that are no timestamp: count on instead.
            }
        }
        return version.parts().get(0).add(BigInteger.ONE).toString();
    }

}
