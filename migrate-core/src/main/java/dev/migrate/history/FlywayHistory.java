package dev.migrate.history;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;

/**
 * Flyway's schema history: one row per successful versioned migration, with the CRC32 checksum Flyway computed over
 * the script's lines. A file is edited after apply when Flyway's own {@link ChecksumCalculator} gives another number
 * for it now; like Flyway, it ignores line endings and a byte order mark.
 */
public final class FlywayHistory implements ExecutorHistory {

    private final String schema;
    private final String table;

    /**
     * @param schema the schema of the history table, or {@code null} for the connection's current one
     * @param table the history table (Flyway creates it with a quoted, case-sensitive name)
     */
    public FlywayHistory(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    public static FlywayHistory standard() {
        return new FlywayHistory(null, "flyway_schema_history");
    }

    @Override
    public String executor() {
        return "flyway";
    }

    @Override
    public List<AppliedMigration> read(Connection connection, int queryTimeoutSeconds) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String qualified = (schema != null ? quote + schema + quote + "." : "") + quote + table + quote;
        return HistoryQuery.rows(connection, "SELECT " + quote + "script" + quote + ", " + quote + "version" + quote
                + ", " + quote + "checksum" + quote + " FROM " + qualified + " WHERE " + quote + "success" + quote
                + " = TRUE AND " + quote + "version" + quote + " IS NOT NULL ORDER BY " + quote + "installed_rank"
                + quote, queryTimeoutSeconds);
    }

    @Override
    public boolean editedAfterApply(String file, byte[] content, List<AppliedMigration> recorded) {
        String now = String.valueOf(ChecksumCalculator.calculate(new ContentResource(file, content)));
        return recorded.stream().anyMatch(row -> row.checksum() != null && !Objects.equals(row.checksum(), now));
    }

    /** A script's content as Flyway's resources present it. */
    private static final class ContentResource extends LoadableResource {

        private final String file;
        private final byte[] content;

        ContentResource(String file, byte[] content) {
            this.file = file;
            this.content = content;
        }

        @Override
        public Reader read() {
            return new StringReader(new String(content, StandardCharsets.UTF_8));
        }

        @Override
        public String getAbsolutePath() {
            return file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }

    }

}
