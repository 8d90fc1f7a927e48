package dev.migrate.diff;

import java.util.Optional;

/**
 * One typed difference between two schemas. Every change knows its {@link #inverse() inverse}: the change that undoes
 * it, when one exists. Changes are dialect-neutral; planners turn them into SQL.
 */
public sealed interface SchemaChange permits EnumChange, SequenceChange, TableChange {

    /**
     * The change that undoes this one, or empty when there is none (the reason is then in
     * {@link #irreversibleReason()}).
     */
    Optional<SchemaChange> inverse();

    /** Why this change cannot be undone, or {@code null} when it can. */
    default String irreversibleReason() {
        return null;
    }

}
