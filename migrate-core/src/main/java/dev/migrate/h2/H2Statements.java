package dev.migrate.h2;

import static dev.migrate.h2.H2Identifiers.literal;
import static dev.migrate.h2.H2Identifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** The H2 statements that carry out one change (without terminating semicolons). */
final class H2Statements {

    private H2Statements() {
    }

    static List<String> of(SchemaChange change) {
        if (change instanceof CreateTable c) {
            return createTable(c.table());
        }
        if (change instanceof DropTable c) {
            return List.of("DROP TABLE " + quote(c.table().name()));
        }
        if (change instanceof SetTableComment c) {
            return List.of("COMMENT ON TABLE " + quote(c.tableName()) + " IS " + text(c.to()));
        }
        if (change instanceof AddColumn c) {
            return addColumn(c.tableName(), c.column());
        }
        if (change instanceof DropColumn c) {
            return List.of(alterTable(c.tableName(), "DROP COLUMN " + quote(c.column().name())));
        }
        if (change instanceof AlterColumn c) {
            return alterColumn(c.tableName(), c.from(), c.to());
        }
        if (change instanceof AddPrimaryKey c) {
            return List.of(alterTable(c.tableName(), "ADD PRIMARY KEY " + columns(c.key().columns())));
        }
        if (change instanceof DropPrimaryKey c) {
            return List.of(alterTable(c.tableName(), "DROP PRIMARY KEY"));
        }
        if (change instanceof AddUnique c) {
            return List.of(alterTable(c.tableName(), "ADD " + unique(c.constraint())));
        }
        if (change instanceof DropUnique c) {
            return dropConstraint(c.tableName(), c.constraint().name());
        }
        if (change instanceof AddCheck c) {
            return List.of(alterTable(c.tableName(), "ADD " + check(c.check())));
        }
        if (change instanceof DropCheck c) {
            return dropConstraint(c.tableName(), c.check().name());
        }
        if (change instanceof AddForeignKey c) {
            return List.of(alterTable(c.tableName(), "ADD " + foreignKey(c.key())));
        }
        if (change instanceof DropForeignKey c) {
            return dropConstraint(c.tableName(), c.key().name());
        }
        if (change instanceof CreateIndex c) {
            return List.of(createIndex(c.tableName(), c.index()));
        }
        if (change instanceof DropIndex c) {
            return List.of("DROP INDEX " + quote(c.index().name()));
        }
        if (change instanceof CreateSequence c) {
            Sequence sequence = c.sequence();
            List<String> options = sequenceOptions(null, sequence.options(), sequence.dataType());
            return List.of("CREATE SEQUENCE " + quote(sequence.name()) + " AS "
                    + sequence.dataType().toUpperCase(Locale.ROOT) + (options.isEmpty() ? ""
                            : " " + String.join(" ", options)));
        }
        if (change instanceof DropSequence c) {
            return List.of("DROP SEQUENCE " + quote(c.sequence().name()));
        }
        if (change instanceof AlterSequence c) {
            return alterSequence(c.from(), c.to());
        }
        if (change instanceof EnumChange) {
            throw new UnsupportedChangeException("H2 has no named enum types; " + change + " cannot be planned",
                    "Map the field as a string or an ENUM column, or diff against PostgreSQL (migrate.dev.url) "
                            + "when the migrations are written for it.");
        }
        throw new IllegalArgumentException("No H2 statements for " + change);
    }

    /** {@code CREATE TABLE} with columns, primary key, uniques, checks and foreign keys, then indexes and comments. */
    private static List<String> createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            elements.add("PRIMARY KEY " + columns(table.primaryKey().columns()));
        }
        table.uniques().forEach(u -> elements.add(unique(u)));
        table.checks().forEach(c -> elements.add(check(c)));
        table.foreignKeys().forEach(f -> elements.add(foreignKey(f)));
        List<String> statements = new ArrayList<>();
        // One column or constraint per line, so a reviewer reads a new table without scrolling.
        statements.add("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", elements) + "\n)");
        table.indexes().forEach(i -> statements.add(createIndex(table.name(), i)));
        if (table.comment() != null) {
            statements.add("COMMENT ON TABLE " + quote(table.name()) + " IS " + text(table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null)
            .forEach(c -> statements.add(columnComment(table.name(), c.name(), c.comment())));
        return statements;
    }

    private static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(H2Types.render(column.type()));
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(')');
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity(), column.type().name()));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String identity(Identity identity, String dataType) {
        List<String> options = sequenceOptions(null, identity.options(), dataType);
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /**
     * The option clauses that take a sequence from {@code from} to {@code to}; with {@code from == null}, those that
     * differ from H2's defaults for the type.
     */
    private static List<String> sequenceOptions(SequenceOptions from, SequenceOptions to, String dataType) {
        return from != null ? StandardSql.sequenceOptions(from, to)
                : StandardSql.newSequenceOptions(to, defaults -> H2Normalizer.withDefaults(defaults, dataType));
    }

    private static List<String> alterSequence(Sequence from, Sequence to) {
        if (!from.dataType().equals(to.dataType())) {
            // H2 cannot change a sequence's type in place.
            return List.of("DROP SEQUENCE " + quote(from.name()), of(new CreateSequence(to)).get(0));
        }
        List<String> options = sequenceOptions(from.options(), to.options(), to.dataType());
        return options.isEmpty() ? List.of()
                : List.of("ALTER SEQUENCE " + quote(to.name()) + " " + String.join(" ", options));
    }

    private static List<String> addColumn(String table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table, "ADD COLUMN " + columnDefinition(column)));
        if (column.comment() != null) {
            statements.add(columnComment(table, column.name(), column.comment()));
        }
        return statements;
    }

    /**
     * Alters a column in steps H2 accepts. A column that gains an identity, or whose identity changes, is redefined
     * whole ({@code ALTER COLUMN c <definition>}), which H2 allows and which sets the identity's options at once.
     */
    private static List<String> alterColumn(String table, Column from, Column to) {
        if (to.generatedExpression() != null && !to.generatedExpression().equals(from.generatedExpression())) {
            // A column that becomes computed is computed anew.
            List<String> statements = new ArrayList<>();
            statements.add(alterTable(table, "DROP COLUMN " + quote(from.name())));
            statements.addAll(addColumn(table, to));
            return statements;
        }
        String column = "ALTER COLUMN " + quote(to.name()) + " ";
        List<String> actions = new ArrayList<>();
        if (from.generatedExpression() != null && to.generatedExpression() == null) {
            actions.add(column + "DROP EXPRESSION");
        }
        if (from.identity() != null && to.identity() == null) {
            actions.add(column + "DROP IDENTITY");
        }
        if (to.identity() != null && !to.identity().equals(from.identity())) {
            // An identity column is NOT NULL by itself; the redefinition takes no NOT NULL clause.
            actions.add(column + columnDefinition(to.withDefault(null).withNullable(true))
                .substring(quote(to.name()).length() + 1));
        }
        else {
            if (!from.type().equals(to.type())) {
                actions.add(column + "SET DATA TYPE " + H2Types.render(to.type()));
            }
            if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
                actions.add(column + (to.defaultExpression() == null ? "DROP DEFAULT"
                        : "SET DEFAULT " + to.defaultExpression()));
            }
        }
        // H2 keeps NOT NULL when an identity is dropped, and redefinition follows the definition: set it either way.
        if (from.nullable() != to.nullable() || from.identity() != null && to.identity() == null) {
            actions.add(column + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        List<String> statements = new ArrayList<>(actions.stream().map(a -> alterTable(table, a)).toList());
        if (!Objects.equals(from.comment(), to.comment())) {
            statements.add(columnComment(table, to.name(), to.comment()));
        }
        return statements;
    }

    private static String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columns(unique.columns());
    }

    private static String check(CheckConstraint check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    private static String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(key.name())).append(" FOREIGN KEY ")
            .append(columns(key.columns())).append(" REFERENCES ").append(quote(key.referencedTable())).append(' ')
            .append(columns(key.referencedColumns()));
        return sql.append(StandardSql.referentialActions(key)).toString();
    }

    private static String createIndex(String table, Index index) {
        if (index.parts().stream().anyMatch(p -> p.expression() != null) || index.predicate() != null
                || !index.include().isEmpty()) {
            throw new UnsupportedChangeException("H2 indexes have columns only (no expressions, predicates or "
                    + "INCLUDE): index \"" + index.name() + "\" cannot be created",
                    "List only columns in the index's definition (in the entity or the migration), or diff against "
                            + "the database the migrations are written for (migrate.dev.url).");
        }
        return (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + quote(index.name()) + " ON "
                + quote(table) + index.parts().stream().map(H2Statements::indexPart)
                    .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String indexPart(IndexPart part) {
        String sql = quote(part.column()) + (part.descending() ? " DESC" : "");
        return part.nullsFirst() == null ? sql : sql + (part.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
    }

    private static List<String> dropConstraint(String table, String name) {
        return List.of(alterTable(table, "DROP CONSTRAINT " + quote(name)));
    }

    private static String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS " + text(comment);
    }

    private static String text(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    private static String columns(List<String> names) {
        return names.stream().map(H2Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String alterTable(String table, String action) {
        return "ALTER TABLE " + quote(table) + " " + action;
    }

}
