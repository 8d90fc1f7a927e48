package dev.migrate.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** Collects what the catalog queries return for one table, then builds the immutable {@link Table}. */
final class TableBuilder {

    private final String name;
    private final String comment;
    final List<Column> columns = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    PrimaryKey primaryKey;

    TableBuilder(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Table build() {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment);
    }

}
