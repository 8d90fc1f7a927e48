package dev.migrate.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** Collects what the catalog queries return for one table, then builds the immutable {@link Table}. */
final class TableBuilder {

    private final String name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final Map<Integer, String> columnNames = new HashMap<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    PrimaryKey primaryKey;

    TableBuilder(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    void addColumn(int number, Column column) {
        columns.add(column);
        columnNames.put(number, column.name());
    }

    /** The names of columns given by their numbers ({@code attnum}). */
    List<String> columnNames(int[] numbers) {
        List<String> names = new ArrayList<>(numbers.length);
        for (int number : numbers) {
            String name = columnNames.get(number);
            if (name == null) {
                throw new IllegalStateException("Table " + this.name + " has no column number " + number);
            }
            names.add(name);
        }
        return names;
    }

    String columnName(int number) {
        return columnNames(new int[] {number}).get(0);
    }

    /** Sets the options of an identity column, read with the sequences. */
    void setIdentityOptions(String column, SequenceOptions options) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.name().equals(column) && c.identity() != null) {
                columns.set(i, c.withIdentity(new Identity(c.identity().always(), options)));
                return;
            }
        }
        throw new IllegalStateException("Table " + name + " has no identity column " + column);
    }

    Table build() {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment);
    }

}
