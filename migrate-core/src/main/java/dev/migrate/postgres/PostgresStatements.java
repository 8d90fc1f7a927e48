package dev.migrate.postgres;

import static dev.migrate.postgres.PostgresDdl.alterTable;
import static dev.migrate.postgres.PostgresIdentifiers.literal;
import static dev.migrate.postgres.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrate.diff.EnumChange.AddEnumValues;
import dev.migrate.diff.EnumChange.CreateEnum;
import dev.migrate.diff.EnumChange.DropEnum;
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
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Sequence;

/** The PostgreSQL statements that carry out one change (without terminating semicolons). */
final class PostgresStatements {

    private static final java.util.Set<String> STRING_TYPES = java.util.Set.of("text", "character varying",
            "character");

    private PostgresStatements() {
    }

    static List<String> of(SchemaChange change) {
        if (change instanceof CreateEnum c) {
            return List.of("CREATE TYPE " + quote(c.type().name()) + " AS ENUM ("
                    + String.join(", ", c.type().values().stream().map(PostgresIdentifiers::literal).toList()) + ")");
        }
        if (change instanceof DropEnum c) {
            return List.of("DROP TYPE " + quote(c.type().name()));
        }
        if (change instanceof AddEnumValues c) {
            return addEnumValues(c.from(), c.to());
        }
        if (change instanceof CreateSequence c) {
            return List.of(PostgresDdl.createSequence(c.sequence()));
        }
        if (change instanceof DropSequence c) {
            return List.of("DROP SEQUENCE " + quote(c.sequence().name()));
        }
        if (change instanceof AlterSequence c) {
            return alterSequence(c.from(), c.to());
        }
        if (change instanceof CreateTable c) {
            return PostgresDdl.createTable(c.table());
        }
        if (change instanceof DropTable c) {
            return List.of("DROP TABLE " + quote(c.table().name()));
        }
        if (change instanceof SetTableComment c) {
            return List.of(PostgresDdl.tableComment(c.tableName(), c.to()));
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
            return List.of(alterTable(c.tableName(), "ADD " + PostgresDdl.primaryKey(c.key())));
        }
        if (change instanceof DropPrimaryKey c) {
            return dropConstraint(c.tableName(), c.key().name());
        }
        if (change instanceof AddUnique c) {
            return List.of(alterTable(c.tableName(), "ADD " + PostgresDdl.unique(c.constraint())));
        }
        if (change instanceof DropUnique c) {
            return dropConstraint(c.tableName(), c.constraint().name());
        }
        if (change instanceof AddCheck c) {
            return List.of(alterTable(c.tableName(), "ADD " + PostgresDdl.check(c.check())));
        }
        if (change instanceof DropCheck c) {
            return dropConstraint(c.tableName(), c.check().name());
        }
        if (change instanceof AddForeignKey c) {
            return List.of(alterTable(c.tableName(), "ADD " + PostgresDdl.foreignKey(c.key())));
        }
        if (change instanceof DropForeignKey c) {
            return dropConstraint(c.tableName(), c.key().name());
        }
        if (change instanceof CreateIndex c) {
            return List.of(PostgresDdl.createIndex(c.tableName(), c.index()));
        }
        if (change instanceof DropIndex c) {
            return List.of("DROP INDEX " + quote(c.index().name()));
        }
        throw new IllegalArgumentException("No PostgreSQL statements for " + change);
    }

    private static List<String> dropConstraint(String table, String name) {
        return List.of(alterTable(table, "DROP CONSTRAINT " + quote(name)));
    }

    /** New values in the order of {@code to}: each after its predecessor, leading ones before the first old value. */
    private static List<String> addEnumValues(EnumType from, EnumType to) {
        List<String> statements = new ArrayList<>();
        List<String> values = to.values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (from.values().contains(value)) {
                continue;
            }
            String position = i > 0 ? " AFTER " + literal(values.get(i - 1))
                    : from.values().isEmpty() ? "" : " BEFORE " + literal(from.values().get(0));
            statements.add("ALTER TYPE " + quote(to.name()) + " ADD VALUE " + literal(value) + position);
        }
        return statements;
    }

    private static List<String> alterSequence(Sequence from, Sequence to) {
        List<String> clauses = new ArrayList<>();
        if (!from.dataType().equals(to.dataType())) {
            clauses.add("AS " + to.dataType());
        }
        clauses.addAll(PostgresDdl.sequenceOptions(from.options(), to.options(), to.dataType()));
        if (!Objects.equals(from.ownedByTable(), to.ownedByTable())
                || !Objects.equals(from.ownedByColumn(), to.ownedByColumn())) {
            clauses.add("OWNED BY " + (to.isOwned() ? PostgresDdl.ownerOf(to) : "NONE"));
        }
        return clauses.isEmpty() ? List.of()
                : List.of("ALTER SEQUENCE " + quote(to.name()) + " " + String.join(" ", clauses));
    }

    private static List<String> addColumn(String table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table, "ADD COLUMN " + PostgresDdl.columnDefinition(column)));
        if (column.comment() != null) {
            statements.add(PostgresDdl.columnComment(table, column.name(), column.comment()));
        }
        return statements;
    }

    /**
     * Alters a column in steps PostgreSQL accepts: a default that cannot survive goes first, identity before NOT NULL
     * is dropped and after it is set. A column that becomes generated, or whose expression changes, is re-created.
     */
    private static List<String> alterColumn(String table, Column from, Column to) {
        if (to.generatedExpression() != null && !to.generatedExpression().equals(from.generatedExpression())) {
            List<String> statements = new ArrayList<>();
            statements.add(alterTable(table, "DROP COLUMN " + quote(from.name())));
            statements.addAll(addColumn(table, to));
            return statements;
        }
        String column = "ALTER COLUMN " + quote(to.name()) + " ";
        List<String> actions = new ArrayList<>();
        if (from.generatedExpression() != null) {
            actions.add(column + "DROP EXPRESSION");
        }
        boolean typeChanges = !from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation());
        boolean defaultChanges = !Objects.equals(from.defaultExpression(), to.defaultExpression());
        if (from.defaultExpression() != null && (to.defaultExpression() == null || typeChanges)) {
            actions.add(column + "DROP DEFAULT");
        }
        if (from.identity() != null && to.identity() == null) {
            actions.add(column + "DROP IDENTITY");
        }
        if (typeChanges) {
            String type = PostgresTypes.render(to.type());
            actions.add(column + "TYPE " + type + (to.collation() == null ? "" : " COLLATE " + quote(to.collation()))
                    + (needsUsing(from, to) ? " USING " + quote(to.name()) + "::" + type : ""));
        }
        if (from.nullable() && !to.nullable()) {
            actions.add(column + "SET NOT NULL");
        }
        else if (!from.nullable() && to.nullable()) {
            actions.add(column + "DROP NOT NULL");
        }
        if (to.identity() != null) {
            if (from.identity() == null) {
                actions.add(column + "ADD " + PostgresDdl.identity(to.identity(), to.type().name()));
            }
            else if (!from.identity().equals(to.identity())) {
                actions.add(column + alterIdentity(from, to));
            }
        }
        if (to.defaultExpression() != null && (defaultChanges || typeChanges)) {
            actions.add(column + "SET DEFAULT " + to.defaultExpression());
        }
        List<String> statements = new ArrayList<>(actions.stream().map(a -> alterTable(table, a)).toList());
        if (!Objects.equals(from.comment(), to.comment())) {
            statements.add(PostgresDdl.columnComment(table, to.name(), to.comment()));
        }
        return statements;
    }

    /**
     * Whether the type change needs an explicit cast. Not into a string type: every type converts to text by
     * assignment, and an assignment to a shorter {@code varchar} fails where an explicit cast would cut the value.
     */
    private static boolean needsUsing(Column from, Column to) {
        return !from.type().name().equals(to.type().name()) && !STRING_TYPES.contains(to.type().name());
    }

    private static String alterIdentity(Column from, Column to) {
        List<String> clauses = new ArrayList<>();
        if (from.identity().always() != to.identity().always()) {
            clauses.add("SET GENERATED " + (to.identity().always() ? "ALWAYS" : "BY DEFAULT"));
        }
        PostgresDdl.sequenceOptions(from.identity().options(), to.identity().options(), to.type().name())
                .forEach(option -> clauses.add("SET " + option));
        return String.join(" ", clauses);
    }

}
