package dev.migrate.autoconfigure.actuate;

import java.util.List;

import dev.migrate.autoconfigure.drift.DriftReport;

/**
 * The body of {@code GET /actuator/migrations}.
 *
 * @param directory the migration directory and its files
 * @param database the database's side
 * @param drift the entities against the live database ({@code UNKNOWN} when it cannot be computed)
 */
public record MigrationsDescriptor(DirectoryDescriptor directory, DatabaseDescriptor database, DriftReport drift) {

    MigrationsDescriptor withDrift(DriftReport report) {
        return new MigrationsDescriptor(this.directory, this.database, report);
    }

    /**
     * @param location {@code migrate.dir}
     * @param format the file format
     * @param status the integrity status against atlas.sum
     * @param sum the total hash atlas.sum records, or {@code null} when it has none
     * @param problems what does not match atlas.sum
     * @param files the up migrations in version order
     */
    public record DirectoryDescriptor(String location, String format, String status, String sum,
            List<ProblemDescriptor> problems, List<FileDescriptor> files) {
    }

    /**
     * @param kind ADDED, EDITED, REMOVED, SUM_MISSING, SUM_MALFORMED or TOTAL_MISMATCH
     * @param file the file concerned, or {@code null}
     * @param line its line in atlas.sum, or 0
     * @param reason what is wrong
     * @param fix how to fix it
     */
    public record ProblemDescriptor(String kind, String file, int line, String reason, String fix) {
    }

    /**
     * @param name the file name
     * @param version its version
     * @param description the description part of its name
     * @param hash the file's atlas.sum hash, computed from its current bytes
     * @param state APPLIED, PENDING, OUT_OF_ORDER, or UNKNOWN when the database is unavailable
     */
    public record FileDescriptor(String name, String version, String description, String hash, String state) {
    }

    /**
     * @param status UP_TO_DATE, PENDING, UNAVAILABLE or NO_EXECUTOR
     * @param executor liquibase, flyway, or none
     * @param currentVersion the version of the newest applied migration
     * @param applied how many of the directory's migrations are applied
     * @param pending how many are not (out-of-order ones included)
     * @param reason why the state is UNAVAILABLE or NO_EXECUTOR, or what it rests on (such as: the executor is
     * disabled in this application and another deployment applies the migrations); otherwise {@code null}
     */
    public record DatabaseDescriptor(String status, String executor, String currentVersion, int applied,
            int pending, String reason) {
    }

}
