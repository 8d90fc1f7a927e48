package dev.migrate.history;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.sdk.resource.MockResourceAccessor;

/**
 * Liquibase's {@code DATABASECHANGELOG}: one row per changeset run, with the checksum Liquibase computed for it. A file
 * is edited after apply when one of its recorded changesets is gone or no longer has its recorded checksum, computed by
 * Liquibase's own parser and {@link ChangeSet#generateCheckSum} in the checksum version the row was written with (so
 * a row from an older Liquibase compares as that Liquibase computed it).
 */
public final class LiquibaseHistory implements ExecutorHistory {

    /** The path a changelog includes the files by; it names them, and Liquibase's checksum does not depend on it. */
    private static final String INCLUDE_PREFIX = "db/migrations/";

    private final String table;

    /** @param table the changelog table, schema-qualified when Liquibase keeps it in a schema of its own */
    public LiquibaseHistory(String table) {
        this.table = table;
    }

    public static LiquibaseHistory standard() {
        return new LiquibaseHistory("DATABASECHANGELOG");
    }

    @Override
    public String executor() {
        return "liquibase";
    }

    @Override
    public List<AppliedMigration> read(Connection connection, int queryTimeoutSeconds) throws SQLException {
        // CONCAT, not ||: MySQL reads || as OR.
        return HistoryQuery.rows(connection, "SELECT FILENAME, CONCAT(AUTHOR, ':', ID), MD5SUM FROM " + table
                + " ORDER BY ORDEREXECUTED", queryTimeoutSeconds);
    }

    @Override
    public boolean editedAfterApply(String file, byte[] content, List<AppliedMigration> recorded) {
        List<ChangeSet> changeSets = parse(file, content);
        for (AppliedMigration row : recorded) {
            if (row.checksum() == null) {
                continue; // cleared (liquibase clear-checksums): Liquibase records it again on its next run
            }
            ChangeSet changeSet = changeSets.stream()
                .filter(candidate -> (candidate.getAuthor() + ":" + candidate.getId()).equals(row.id()))
                .findFirst()
                .orElse(null);
            if (changeSet == null) {
                return true; // the recorded changeset is no longer in the file
            }
            CheckSum stored = CheckSum.parse(row.checksum());
            CheckSum now = changeSet.generateCheckSum(ChecksumVersion.enumFromChecksumVersion(stored.getVersion()));
            if (!now.equals(stored) && !changeSet.isCheckSumValid(stored)) {
                return true;
            }
        }
        return false;
    }

    private static List<ChangeSet> parse(String file, byte[] content) {
        String path = INCLUDE_PREFIX + file;
        ResourceAccessor accessor = new MockResourceAccessor(Map.of(path, new String(content,
                StandardCharsets.UTF_8)));
        try {
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(path, accessor);
            DatabaseChangeLog changeLog = parser.parse(path, new ChangeLogParameters(), accessor);
            return changeLog.getChangeSets();
        }
        catch (LiquibaseException ex) {
            throw new HistoryException(file + " cannot be read as Liquibase reads it: " + ex.getMessage(),
                    "Fix " + file + " so that Liquibase can parse it (it must begin with -- liquibase formatted sql, "
                            + "and each changeset with -- changeset author:id), then run ./mvnw migrate:hash.", ex);
        }
    }

}
