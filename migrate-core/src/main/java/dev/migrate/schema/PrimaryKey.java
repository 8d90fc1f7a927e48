package dev.migrate.schema;

import java.util.List;

/** A primary key constraint; a {@code null} name means the database's default name. */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public PrimaryKey withName(String value) {
        return new PrimaryKey(value, columns);
    }

}
