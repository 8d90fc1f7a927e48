package dev.migrate.autoconfigure.drift;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the live database differs from what the entities map.
 *
 * @param status {@code IN_SYNC}, {@code DRIFTED} or {@code UNKNOWN}
 * @param changes what it takes to bring the live database to the entities, one entry per change
 * @param reason why the status is {@code UNKNOWN}, otherwise {@code null}
 * @param extras what the live database has on mapped tables that no entity declares (hand-written indexes, such as
 * {@code index "ix_notes_owner" on table "notes"}): kept by generated migrations, so they are no drift
 */
public record DriftReport(Status status, List<Change> changes, String reason, List<String> extras) {

    public DriftReport {
        changes = List.copyOf(changes);
        extras = extras == null ? List.of() : List.copyOf(extras);
    }

    public DriftReport(Status status, List<Change> changes, String reason) {
        this(status, changes, reason, List.of());
    }

    /** The same report without the statements, for readers who may not see SQL ({@code show-sql}). */
    public DriftReport withoutSql() {
        return new DriftReport(this.status, this.changes.stream().map(Change::withoutSql).toList(), this.reason,
                this.extras);
    }

    static DriftReport of(List<Change> changes, List<String> extras) {
        return new DriftReport(changes.isEmpty() ? Status.IN_SYNC : Status.DRIFTED, changes, null, extras);
    }

    public static DriftReport unknown(String reason) {
        return new DriftReport(Status.UNKNOWN, List.of(), reason);
    }

    /** Where the live database stands against the entities. */
    public enum Status {

        IN_SYNC, DRIFTED, UNKNOWN

    }

    /**
     * One change, as a generated migration would describe and apply it.
     *
     * @param description such as {@code modify "books" table}
     * @param sql the statements that would bring the live database to the entities; {@code null} (and left out of
     * the JSON) where {@code management.endpoint.migrations.show-sql} hides SQL
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String description, List<String> sql) {

        public Change {
            sql = (sql != null) ? List.copyOf(sql) : null;
        }

        Change withoutSql() {
            return new Change(this.description, null);
        }

    }

}
