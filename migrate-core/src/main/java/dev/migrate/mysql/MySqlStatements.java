package dev.migrate.mysql;

import static dev.migrate.mysql.MySqlIdentifiers.columns;
import static dev.migrate.mysql.MySqlIdentifiers.literal;
import static dev.migrate.mysql.MySqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.migrate.diff.EnumChange;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.AlterSequence;
import dev.migrate.diff.SequenceChange.CreateSequence;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropCheck;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.diff.TableChange.SetTableComment;
import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.plan.StandardSql;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * The MySQL/MariaDB statements that carry out one change (without terminating semicolons): one statement per change
 * wherever the server allows it. {@code CREATE TABLE} holds every column, key, index, check and comment, one per
 * line; a column changes whole with {@code MODIFY COLUMN}. A type change that may not keep every value, or a column
 * made NOT NULL, is first guarded by {@link NarrowingGuard a check constraint} that fails on any row that would be
 * changed, whatever the session's {@code sql_mode}: the server would otherwise truncate or round with only a warning.
 */
final class MySqlStatements {

    private final boolean mariaDb;

    private final AutoIncrementKeys autoIncrementKeys;

    /**
     * @param mariaDb whether the server is MariaDB, which can drop an index only if it exists
     * @param autoIncrementKeys the plan's columns that gain or lose AUTO_INCREMENT with their primary key
     */
    MySqlStatements(boolean mariaDb, AutoIncrementKeys autoIncrementKeys) {
        this.mariaDb = mariaDb;
        this.autoIncrementKeys = autoIncrementKeys;
    }

    List<String> of(SchemaChange change) {
        if (change instanceof CreateTable c) {
            return List.of(createTable(c.table()));
        }
        if (change instanceof DropTable c) {
            return List.of("DROP TABLE " + quote(c.table().name()));
        }
        if (change instanceof SetTableComment c) {
            return List.of(alterTable(c.tableName(), "COMMENT = " + literal(c.to() == null ? "" : c.to())));
        }
        if (change instanceof AddColumn c) {
            return addColumn(c.tableName(), c.column());
        }
        if (change instanceof DropColumn c) {
            return List.of(alterTable(c.tableName(), "DROP COLUMN " + quote(c.column().name())));
        }
        if (change instanceof AlterColumn c) {
            return alterColumn(c.tableName(), c.from(),
                    autoIncrementKeys.defers(c) ? c.to().withIdentity(null) : c.to());
        }
        if (change instanceof AddPrimaryKey c) {
            return List.of(alterTable(c.tableName(), "ADD PRIMARY KEY " + columns(c.key().columns())
                    + autoIncrementKeys.clauseFor(c).map(clause -> ", " + clause).orElse("")));
        }
        if (change instanceof DropPrimaryKey c) {
            return List.of(alterTable(c.tableName(), autoIncrementKeys.clauseFor(c).map(clause -> clause + ", ")
                .orElse("") + "DROP PRIMARY KEY"));
        }
        if (change instanceof AddUnique c) {
            return List.of(alterTable(c.tableName(), "ADD " + unique(c.constraint())));
        }
        if (change instanceof DropUnique c) {
            return List.of(alterTable(c.tableName(), "DROP INDEX " + quote(c.constraint().name())));
        }
        if (change instanceof AddCheck c) {
            return List.of(alterTable(c.tableName(), "ADD " + check(c.check())));
        }
        if (change instanceof DropCheck c) {
            return List.of(alterTable(c.tableName(), "DROP CONSTRAINT " + quote(c.check().name())));
        }
        if (change instanceof AddForeignKey c) {
            return List.of(alterTable(c.tableName(), "ADD " + foreignKey(c.key())));
        }
        if (change instanceof DropForeignKey c) {
            return List.of(dropForeignKey(c.tableName(), c.key()));
        }
        if (change instanceof CreateIndex c) {
            return List.of((c.index().unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + quote(c.index().name())
                    + " ON " + quote(c.tableName()) + " " + parts(c.index()));
        }
        if (change instanceof DropIndex c) {
            return List.of("DROP INDEX " + quote(c.index().name()) + " ON " + quote(c.tableName()));
        }
        if (change instanceof CreateSequence c) {
            return List.of(createSequence(c.sequence()));
        }
        if (change instanceof DropSequence c) {
            return List.of("DROP SEQUENCE " + quote(c.sequence().name()));
        }
        if (change instanceof AlterSequence c) {
            List<String> options = mariaDbSpelling(StandardSql.sequenceOptions(c.from().options(), c.to().options()));
            return options.isEmpty() ? List.of()
                    : List.of("ALTER SEQUENCE " + quote(c.to().name()) + " " + String.join(" ", options));
        }
        if (change instanceof EnumChange) {
            throw new UnsupportedChangeException("MySQL has no named enum types (an ENUM is a column type); " + change
                    + " cannot be planned",
                    "Declare the values on the column itself (an ENUM column type), or map the field as a string.");
        }
        throw new IllegalArgumentException("No MySQL statements for " + change);
    }

    /** One element per line: columns, primary key, uniques, indexes, checks, foreign keys; the comment last. */
    private static String createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            elements.add("PRIMARY KEY " + columns(table.primaryKey().columns()));
        }
        table.uniques().forEach(u -> elements.add(unique(u)));
        table.indexes().forEach(i -> elements.add((i.unique() ? "UNIQUE INDEX " : "INDEX ") + quote(i.name()) + " "
                + parts(i)));
        table.checks().forEach(c -> elements.add(check(c)));
        table.foreignKeys().forEach(f -> elements.add(foreignKey(f)));
        return "CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", elements) + "\n)"
                + (table.comment() == null ? "" : " COMMENT = " + literal(table.comment()));
    }

    /**
     * A NOT NULL column without a default would give existing rows the type's zero, which no one chose: as on
     * PostgreSQL, adding it fails when the table has rows, through a check no row can pass, added in the same
     * statement (so the column is not added either) and dropped right after.
     */
    private static List<String> addColumn(String table, Column column) {
        String add = "ADD COLUMN " + columnDefinition(column);
        if (column.nullable() || column.defaultExpression() != null || column.identity() != null
                || column.generatedExpression() != null) {
            return List.of(alterTable(table, add));
        }
        String guard = quote("migrate_" + NarrowingGuard.shorten(column.name()) + "_needs_a_default");
        return List.of(alterTable(table, add + ", ADD CONSTRAINT " + guard + " CHECK (" + quote(column.name())
                + " IS NULL)"), alterTable(table, "DROP CONSTRAINT " + guard));
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
            .append(MySqlTypes.render(column.type()));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        else {
            sql.append(column.nullable() ? " NULL" : " NOT NULL");
            if (column.defaultExpression() != null) {
                sql.append(" DEFAULT ").append(column.defaultExpression());
            }
            if (column.identity() != null) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /**
     * A column that becomes computed, or is computed differently, is computed anew (dropped and added in one
     * statement: its values come from its expression); any other change is one {@code MODIFY COLUMN}, guarded when
     * it could change a value.
     */
    private static List<String> alterColumn(String table, Column from, Column to) {
        if (to.generatedExpression() != null && !to.generatedExpression().equals(from.generatedExpression())) {
            return List.of(alterTable(table, "DROP COLUMN " + quote(from.name()) + ", ADD COLUMN "
                    + columnDefinition(to)));
        }
        String modify = "MODIFY COLUMN " + columnDefinition(to);
        if (Objects.equals(from.withComment(null).withDefault(null), to.withComment(null).withDefault(null))) {
            return List.of(alterTable(table, modify)); // only the default or comment: no value can change
        }
        return NarrowingGuard.of(table, from, to).map(guard -> guard.around(table, from, modify))
            .orElse(List.of(alterTable(table, modify)));
    }

    /** The foreign key, and on MariaDB the index InnoDB made for it (if it made one: it goes with the key). */
    private String dropForeignKey(String table, ForeignKey key) {
        return alterTable(table, "DROP FOREIGN KEY " + quote(key.name())
                + (mariaDb ? ", DROP INDEX IF EXISTS " + quote(key.name()) : ""));
    }

    private static String createSequence(Sequence sequence) {
        List<String> options = mariaDbSpelling(StandardSql.newSequenceOptions(sequence.options(),
                MySqlNormalizer::withDefaults));
        return "CREATE SEQUENCE " + quote(sequence.name()) + (options.isEmpty() ? "" : " " + String.join(" ", options));
    }

    /** The standard clauses, but MariaDB spells {@code NO CYCLE} as one word. */
    private static List<String> mariaDbSpelling(List<String> clauses) {
        return clauses.stream().map(o -> o.equals("NO CYCLE") ? "NOCYCLE" : o).toList();
    }

    private static String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columns(unique.columns());
    }

    private static String check(CheckConstraint check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    private static String foreignKey(ForeignKey key) {
        return "CONSTRAINT " + quote(key.name()) + " FOREIGN KEY " + columns(key.columns()) + " REFERENCES "
                + quote(key.referencedTable()) + " " + columns(key.referencedColumns())
                + StandardSql.referentialActions(key);
    }

    private static String parts(Index index) {
        if (index.predicate() != null || !index.include().isEmpty()) {
            throw new UnsupportedChangeException("MySQL indexes have no predicate or INCLUDE columns: index \""
                    + index.name() + "\" cannot be created",
                    "Drop the WHERE clause and the INCLUDE columns from the index's definition (in the entity or "
                            + "the migration): MySQL indexes only list columns and expressions.");
        }
        return index.parts().stream().map(MySqlStatements::part).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String part(IndexPart part) {
        String sql = part.column() != null ? quote(part.column()) : part.expression();
        return part.descending() ? sql + " DESC" : sql;
    }

    private static String alterTable(String table, String action) {
        return "ALTER TABLE " + quote(table) + " " + action;
    }

}
