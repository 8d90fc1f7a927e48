package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of its table to {@code referencedColumns} of {@code referencedTable} (in the same
 * schema). {@code initiallyDeferred} only matters when {@code deferrable}.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable, boolean initiallyDeferred) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referenced table");
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public static ForeignKey of(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, null, null, false, false);
    }

    public ForeignKey withName(String value) {
        return new ForeignKey(value, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred);
    }

}
