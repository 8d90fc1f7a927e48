package dev.migrate.schema;

import java.util.Objects;

/**
 * A standalone sequence (identity sequences belong to their column). {@code dataType} is {@code smallint},
 * {@code integer} or {@code bigint}; {@code ownedByTable}/{@code ownedByColumn} are both set or both {@code null}.
 */
public record Sequence(String name, String dataType, SequenceOptions options, String ownedByTable,
        String ownedByColumn) {

    public Sequence {
        Objects.requireNonNull(name, "sequence name");
        dataType = dataType == null ? "bigint" : dataType;
        options = options == null ? SequenceOptions.DEFAULTS : options;
        if ((ownedByTable == null) != (ownedByColumn == null)) {
            throw new IllegalArgumentException("Sequence " + name + " must name both the owning table and column");
        }
    }

    public static Sequence of(String name) {
        return new Sequence(name, null, null, null, null);
    }

    public boolean isOwned() {
        return ownedByTable != null;
    }

    public Sequence withOwner(String table, String column) {
        return new Sequence(name, dataType, options, table, column);
    }

}
