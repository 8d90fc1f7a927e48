package dev.migrate.devdb;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers in the dev database that a desired schema was found in sync with a directory, so that a {@code dev}
 * start with nothing changed skips the scratch schema, both inspections and the diff.
 *
 * <p>A memo is an empty schema named {@code migrate_cache_sync_<first 12 hex of its key>} whose comment spells out
 * the full key: SHA-256 over {@link #REVISION}, the database product and version, and the {@link InSyncKey}. Only a
 * comment equal to the expected one is a hit, so a name collision, a hand-edited comment or a schema of another tool
 * is a miss and is replaced. The memo is an optimisation: any failure to read or write it is logged and treated as a
 * miss, never as "in sync".
 */
final class InSyncMemo {

    static final String PREFIX = "migrate_cache_sync_";

    /**
     * Raised whenever what a diff reports for the same inputs may change (inspection, differ, planner rules), so
     * that memos of an older revision are not trusted.
     */
    static final int REVISION = 2; // 2: constraints paired by definition

    private static final Pattern MARKER = Pattern.compile("migrate in-sync memo; revision=\\d+ key=[0-9a-f]{64} "
            + "directory=(.*)");

    private static final Logger log = LoggerFactory.getLogger(InSyncMemo.class);

    private final Connection connection;
    private final DevSchemas schemas;

    InSyncMemo(Connection connection, DevSchemas schemas) {
        this.connection = connection;
        this.schemas = schemas;
    }

    /** Whether a diff with this key was found in sync before. */
    boolean holds(InSyncKey key) {
        try {
            String digest = digest(key);
            return Objects.equals(schemas.withPrefix(connection, name(digest)).get(name(digest)), marker(digest, key));
        }
        catch (SQLException ex) {
            log.debug("Could not read the in-sync memo ({}); diffing", ex.getMessage());
            return false;
        }
    }

    /** Records that a diff with this key is in sync, replacing the directory's older memos. */
    void remember(InSyncKey key) {
        try {
            String digest = digest(key);
            String name = name(digest);
            // Marked before anything can read it where DDL is transactional; on H2 a reader may see it unmarked for
            // an instant, which is a miss.
            Schemas.inTransaction(connection, () -> {
                schemas.drop(connection, name);
                schemas.create(connection, name);
                schemas.comment(connection, name, marker(digest, key));
            });
            for (Map.Entry<String, String> memo : schemas.withPrefix(connection, PREFIX).entrySet()) {
                if (!memo.getKey().equals(name) && sameDirectory(memo.getValue(), key.location())) {
                    schemas.drop(connection, memo.getKey());
                }
            }
        }
        catch (SQLException ex) {
            log.debug("Could not record the in-sync memo ({}); the next run diffs again", ex.getMessage());
        }
    }

    private static boolean sameDirectory(String comment, String location) {
        if (comment == null) {
            return false;
        }
        Matcher matcher = MARKER.matcher(comment);
        return matcher.matches() && matcher.group(1).equals(location);
    }

    private String digest(InSyncKey key) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        String identity = String.join("\n", String.valueOf(REVISION), database.getDatabaseProductName(),
                database.getDatabaseProductVersion(), key.format().id(), key.sumTotal(), key.desiredFingerprint());
        return new Fingerprint().add(identity.getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static String name(String digest) {
        return PREFIX + digest.substring(0, 12);
    }

    private static String marker(String digest, InSyncKey key) {
        return "migrate in-sync memo; revision=" + REVISION + " key=" + digest + " directory=" + key.location();
    }

}
