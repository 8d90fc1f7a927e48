package dev.migrate.autoconfigure.actuate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code GET /actuator/migrations/{version}}: one migration file.
 *
 * @param name the file name
 * @param version its version
 * @param description the description part of its name
 * @param hash the file's atlas.sum hash, computed from its current bytes
 * @param recordedHash the hash atlas.sum records for it, or {@code null} when it records none
 * @param state APPLIED, PENDING, OUT_OF_ORDER, EDITED_AFTER_APPLY, or UNKNOWN when the database is unavailable
 * @param sql the file's text; {@code null} (and left out of the JSON) where
 * {@code management.endpoint.migrations.show-sql} hides SQL
 */
public record MigrationFileDescriptor(String name, String version, String description, String hash,
        String recordedHash, String state, @JsonInclude(JsonInclude.Include.NON_NULL) String sql) {
}
