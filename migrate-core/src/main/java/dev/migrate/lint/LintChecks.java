package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Table;

/** The checks of {@link LintCheck} on one statement's changes. */
final class LintChecks {

    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\b.*");
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bCONCURRENTLY\\b");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*",
            Pattern.DOTALL);

    /** A finding before severity and silencing are decided. */
    record Check(LintCheck check, String message) {
    }

    private LintChecks() {
    }

    static List<Check> of(StatementChanges step, boolean postgres) {
        List<Check> checks = new ArrayList<>();
        for (SchemaChange change : step.changes()) {
            if (postgres && change instanceof CreateIndex create && step.existedBeforeFile(create.tableName())
                    && CREATE_INDEX.matcher(withoutLeadingComments(step.statement().sql())).matches()
                    && !CONCURRENTLY.matcher(step.statement().sql()).find()) {
                checks.add(new Check(LintCheck.PG101, "Creating index " + q(create.index().name()) + " on table "
                        + q(create.tableName()) + " without CONCURRENTLY blocks writes to the table until it is "
                        + "built"));
            }
            List<String> droppedColumns = droppedKeyColumns(change);
            if (!droppedColumns.isEmpty()) {
                String table = ((dev.migrate.diff.TableChange) change).tableName();
                step.after().table(table).ifPresent(after -> unindexedForeignKeys(after, droppedColumns)
                    .forEach(key -> checks.add(new Check(LintCheck.MG201, "Dropping " + describe(change)
                            + " of table " + q(table) + " leaves foreign key " + q(key.name()) + " without an index "
                            + "on its column(s) " + String.join(", ", key.columns().stream().map(LintChecks::q)
                                .toList()) + ": every delete or key update in " + q(key.referencedTable())
                            + " then scans " + q(table)))));
            }
        }
        return checks;
    }

    /** The statement from its first keyword: a splitter keeps the comments written above it. */
    private static String withoutLeadingComments(String sql) {
        return LEADING_COMMENTS.matcher(sql).replaceFirst("");
    }

    /** The leading columns of a dropped index, unique constraint or primary key, which may have served a key. */
    private static List<String> droppedKeyColumns(SchemaChange change) {
        if (change instanceof DropIndex drop) {
            return columnsOf(drop.index());
        }
        if (change instanceof DropUnique drop) {
            return drop.constraint().columns();
        }
        if (change instanceof DropPrimaryKey drop) {
            return drop.key().columns();
        }
        return List.of();
    }

    private static String describe(SchemaChange change) {
        if (change instanceof DropIndex drop) {
            return "index " + q(drop.index().name());
        }
        if (change instanceof DropUnique drop) {
            return "unique constraint " + q(drop.constraint().name());
        }
        return "primary key " + q(((DropPrimaryKey) change).key().name());
    }

    /** Foreign keys of the table the dropped columns served, that no remaining index, unique or key serves. */
    private static List<ForeignKey> unindexedForeignKeys(Table table, List<String> dropped) {
        return table.foreignKeys().stream()
            .filter(key -> leads(dropped, key.columns()))
            .filter(key -> !servedAfter(table, key.columns()))
            .toList();
    }

    private static boolean servedAfter(Table table, List<String> columns) {
        return table.indexes().stream().anyMatch(index -> leads(columnsOf(index), columns))
                || table.uniques().stream().anyMatch(unique -> leads(unique.columns(), columns))
                || table.primaryKey() != null && leads(table.primaryKey().columns(), columns);
    }

    /** Whether an index on {@code indexColumns} can look up {@code keyColumns}: they are its leading columns. */
    private static boolean leads(List<String> indexColumns, List<String> keyColumns) {
        return indexColumns.size() >= keyColumns.size()
                && indexColumns.subList(0, keyColumns.size()).stream().sorted().toList()
                    .equals(keyColumns.stream().sorted().toList());
    }

    private static List<String> columnsOf(Index index) {
        List<String> columns = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            if (part.column() == null) {
                break;
            }
            columns.add(part.column());
        }
        return columns;
    }

    private static String q(String name) {
        return '"' + name + '"';
    }

}
