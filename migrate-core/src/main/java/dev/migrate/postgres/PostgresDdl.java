package dev.migrate.postgres;

import static dev.migrate.postgres.PostgresIdentifiers.literal;
import static dev.migrate.postgres.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.plan.StandardSql;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** SQL fragments and statements for the objects of the model, PostgreSQL flavour. */
final class PostgresDdl {

    private PostgresDdl() {
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
                .append(PostgresTypes.render(column.type()));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(quote(column.collation()));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity(), column.type().name()));
        }
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        return sql.toString();
    }

    static String identity(Identity identity, String dataType) {
        List<String> options = sequenceOptions(null, identity.options(), dataType);
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /**
     * The options clauses that take a sequence from {@code from} to {@code to}; with {@code from == null}, those that
     * differ from PostgreSQL's defaults for the type.
     */
    static List<String> sequenceOptions(SequenceOptions from, SequenceOptions to, String dataType) {
        return from != null ? StandardSql.sequenceOptions(from, to)
                : StandardSql.newSequenceOptions(to, defaults -> PostgresTypes.withDefaults(defaults, dataType));
    }

    static String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY " + columnList(key.columns());
    }

    static String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE " + columnList(unique.columns());
    }

    static String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
    }

    static String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name())).append("FOREIGN KEY ")
                .append(columnList(key.columns())).append(" REFERENCES ").append(quote(key.referencedTable()))
                .append(' ').append(columnList(key.referencedColumns()));
        sql.append(StandardSql.referentialActions(key));
        if (key.deferrable()) {
            sql.append(" DEFERRABLE").append(key.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
        }
        return sql.toString();
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    /** {@code CREATE TABLE} with columns, primary key, uniques, checks and foreign keys, then indexes and comments. */
    static List<String> createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            elements.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> elements.add(unique(u)));
        table.checks().forEach(c -> elements.add(check(c)));
        table.foreignKeys().forEach(f -> elements.add(foreignKey(f)));
        List<String> statements = new ArrayList<>();
        // One column or constraint per line, so a reviewer reads a new table without scrolling.
        statements.add("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", elements) + "\n)");
        table.indexes().forEach(i -> statements.add(createIndex(table.name(), i)));
        if (table.comment() != null) {
            statements.add(tableComment(table.name(), table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null)
                .forEach(c -> statements.add(columnComment(table.name(), c.name(), c.comment())));
        return statements;
    }

    static String createIndex(String table, Index index) {
        StringBuilder sql = new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(quote(index.name())).append(" ON ").append(quote(table));
        if (!index.method().equals("btree")) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(index.parts().stream().map(PostgresDdl::indexPart).collect(Collectors.joining(", ", " (", ")")));
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE ").append(columnList(index.include()));
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    private static String indexPart(IndexPart part) {
        String sql = part.column() != null ? quote(part.column()) : "(" + part.expression() + ")";
        if (part.descending()) {
            sql += " DESC";
        }
        if (part.nullsFirst() != null) {
            sql += part.nullsFirst() ? " NULLS FIRST" : " NULLS LAST";
        }
        return sql;
    }

    static String createSequence(Sequence sequence) {
        List<String> options = sequenceOptions(null, sequence.options(), sequence.dataType());
        return "CREATE SEQUENCE " + quote(sequence.name()) + " AS " + sequence.dataType()
                + (options.isEmpty() ? "" : " " + String.join(" ", options))
                + (sequence.isOwned() ? " OWNED BY " + ownerOf(sequence) : "");
    }

    static String ownerOf(Sequence sequence) {
        return quote(sequence.ownedByTable()) + "." + quote(sequence.ownedByColumn());
    }

    static String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + quote(table) + " IS " + (comment == null ? "NULL" : literal(comment));
    }

    static String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS "
                + (comment == null ? "NULL" : literal(comment));
    }

    static String alterTable(String table, String action) {
        return "ALTER TABLE " + quote(table) + " " + action;
    }

}
