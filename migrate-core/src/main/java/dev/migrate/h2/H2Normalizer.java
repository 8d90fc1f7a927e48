package dev.migrate.h2;

import static dev.migrate.diff.SchemaNormalizer.emptyAsNull;
import static dev.migrate.diff.SchemaNormalizer.sorted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrate.diff.SchemaNormalizer;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * H2's canonical form of a schema. H2 names an unnamed constraint {@code CONSTRAINT_<hex>} from an internal counter,
 * so the same script gives other names in another schema: such names (and missing ones) become stable names derived
 * from the table and columns ({@code users_email_key}, {@code orders_status_check}), which plans then write
 * explicitly. Primary keys are compared without their name ({@code DROP PRIMARY KEY} needs none). Also: canonical
 * types, H2's sequence and identity defaults made explicit, NOT NULL implied by primary keys and identity, empty
 * comments as none, and every unordered collection sorted by name.
 */
final class H2Normalizer implements SchemaNormalizer {

    static final H2Normalizer INSTANCE = new H2Normalizer();

    private static final Pattern GENERATED_NAME = Pattern.compile("constraint_[0-9a-f]+");

    /** H2's default cache size of sequences and identity columns. */
    private static final long DEFAULT_CACHE = 32;

    private H2Normalizer() {
    }

    @Override
    public Schema normalize(Schema schema) {
        List<Table> tables = sorted(schema.tables().stream().map(H2Normalizer::table).toList(), Table::name);
        List<Sequence> sequences = sorted(schema.sequences().stream().map(H2Normalizer::sequence).toList(),
                Sequence::name);
        return new Schema(schema.name(), tables, schema.enums(), sequences);
    }

    private static Table table(Table table) {
        String name = table.name();
        PrimaryKey key = table.primaryKey() == null ? null : table.primaryKey().withName(null);
        Set<String> keyColumns = key == null ? Set.of() : new HashSet<>(key.columns());
        List<Column> columns = table.columns().stream().map(c -> column(c, keyColumns.contains(c.name()))).toList();
        Set<String> taken = new HashSet<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            uniques.add(unique.withName(stable(unique.name(), name + "_" + String.join("_", unique.columns())
                    + "_key", taken)));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : sorted(table.checks(), CheckConstraint::expression)) {
            checks.add(check.withName(stable(check.name(), checkName(table, check.expression()), taken)));
        }
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(f -> new ForeignKey(
                stable(f.name(), name + "_" + String.join("_", f.columns()) + "_fkey", taken), f.columns(),
                f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate(), false, false)).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(i.name() != null ? i.name()
                : name + "_" + String.join("_", i.parts().stream().map(p -> p.column()).toList()) + "_idx",
                i.unique(), i.parts(), "btree", i.predicate(), i.include())).toList();
        return new Table(name, columns, key, sorted(foreignKeys, ForeignKey::name),
                sorted(uniques, UniqueConstraint::name), sorted(checks, CheckConstraint::name),
                sorted(indexes, Index::name), emptyAsNull(table.comment()));
    }

    /** The given name, unless H2 made it up (or there is none): then {@code derived}, numbered if taken. */
    private static String stable(String name, String derived, Set<String> taken) {
        if (name != null && !GENERATED_NAME.matcher(name).matches()) {
            taken.add(name);
            return name;
        }
        String candidate = derived;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = derived + n;
        }
        return candidate;
    }

    /** {@code <table>_<column>_check} when the check names one column, {@code <table>_check} otherwise. */
    private static String checkName(Table table, String expression) {
        String upper = expression.toUpperCase(Locale.ROOT);
        List<String> mentioned = table.columns().stream().map(Column::name)
            .filter(c -> Pattern.compile("\\b" + Pattern.quote(H2Identifiers.toStored(c)) + "\\b").matcher(upper)
                .find())
            .toList();
        return table.name() + (mentioned.size() == 1 ? "_" + mentioned.get(0) : "") + "_check";
    }

    private static Column column(Column column, boolean inPrimaryKey) {
        ColumnType type = H2Types.canonical(column.type());
        Identity identity = column.identity() == null ? null
                : new Identity(column.identity().always(), withDefaults(column.identity().options(), type.name()));
        boolean nullable = column.nullable() && !inPrimaryKey && identity == null;
        return new Column(column.name(), type, nullable, column.defaultExpression(), identity,
                column.generatedExpression(), column.collation(), emptyAsNull(column.comment()));
    }

    private static Sequence sequence(Sequence sequence) {
        String dataType = sequence.dataType().toLowerCase(Locale.ROOT);
        return new Sequence(sequence.name(), dataType, withDefaults(sequence.options(), dataType), null, null);
    }

    /** H2's defaults: those of {@link SequenceOptions#withDefaults}, up to the type's maximum, cache 32. */
    static SequenceOptions withDefaults(SequenceOptions options, String dataType) {
        long[] range = range(dataType);
        return options.withDefaults(range[0], range[1], DEFAULT_CACHE);
    }

    private static long[] range(String dataType) {
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "TINYINT" -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case "SMALLINT" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "INTEGER", "INT" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

}
