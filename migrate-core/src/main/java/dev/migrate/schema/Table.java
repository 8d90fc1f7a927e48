package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table with its columns (in order), keys, constraints, indexes and comment. */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<Index> indexes, String comment) {

    public Table {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
        uniques = uniques == null ? List.of() : List.copyOf(uniques);
        checks = checks == null ? List.of() : List.copyOf(checks);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, null, null, null, null, null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> value) {
        return new Table(name, value, primaryKey, foreignKeys, uniques, checks, indexes, comment);
    }

    public Table withPrimaryKey(PrimaryKey value) {
        return new Table(name, columns, value, foreignKeys, uniques, checks, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> value) {
        return new Table(name, columns, primaryKey, value, uniques, checks, indexes, comment);
    }

    public Table withUniques(List<UniqueConstraint> value) {
        return new Table(name, columns, primaryKey, foreignKeys, value, checks, indexes, comment);
    }

    public Table withChecks(List<CheckConstraint> value) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, value, indexes, comment);
    }

    public Table withIndexes(List<Index> value) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, value, comment);
    }

    public Table withComment(String value) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, value);
    }

}
