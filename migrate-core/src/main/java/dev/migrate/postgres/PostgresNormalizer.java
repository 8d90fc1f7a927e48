package dev.migrate.postgres;

import static dev.migrate.diff.SchemaNormalizer.emptyAsNull;
import static dev.migrate.diff.SchemaNormalizer.sorted;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrate.diff.SchemaNormalizer;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * PostgreSQL's canonical form of a schema: canonical type names, expressions as PostgreSQL prints them, the names
 * PostgreSQL gives to unnamed constraints and indexes, explicit sequence and identity options, NOT NULL implied by
 * primary keys and identity, empty comments as none, and every unordered collection sorted by name.
 */
final class PostgresNormalizer implements SchemaNormalizer {

    static final PostgresNormalizer INSTANCE = new PostgresNormalizer();

    private PostgresNormalizer() {
    }

    @Override
    public Schema normalize(Schema schema) {
        List<Sequence> sequences = schema.sequences().stream().map(PostgresNormalizer::sequence).toList();
        SerialColumns serials = SerialColumns.find(schema.tables(), sequences);
        List<Table> tables = sorted(schema.tables().stream().map(this::table).map(serials::asIdentity).toList(),
                Table::name);
        List<EnumType> enums = sorted(schema.enums(), EnumType::name);
        return new Schema(schema.name(), tables, enums, sorted(serials.remaining(), Sequence::name));
    }

    private Table table(Table table) {
        String name = table.name();
        PrimaryKey key = table.primaryKey() == null ? null
                : table.primaryKey().withName(orElse(table.primaryKey().name(), PostgresNames.primaryKey(name)));
        Set<String> keyColumns = key == null ? Set.of() : new HashSet<>(key.columns());
        List<Column> columns = table.columns().stream().map(c -> column(c, keyColumns.contains(c.name()))).toList();
        List<UniqueConstraint> uniques = table.uniques().stream()
                .map(u -> u.withName(orElse(u.name(), PostgresNames.unique(name, u.columns())))).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(f -> foreignKey(name, f)).toList();
        List<CheckConstraint> checks = table.checks().stream().map(c -> check(table, c)).toList();
        List<Index> indexes = table.indexes().stream().map(i -> index(name, i)).toList();
        return new Table(name, columns, key, sorted(foreignKeys, ForeignKey::name),
                sorted(uniques, UniqueConstraint::name), sorted(checks, CheckConstraint::name),
                sorted(indexes, Index::name), emptyAsNull(table.comment()));
    }

    private static Column column(Column column, boolean inPrimaryKey) {
        ColumnType type = PostgresTypes.canonical(column.type());
        Identity identity = column.identity() == null ? null : new Identity(column.identity().always(),
                PostgresTypes.withDefaults(column.identity().options(), type.name()));
        boolean nullable = column.nullable() && !inPrimaryKey && identity == null;
        String collation = "default".equals(column.collation()) ? null : column.collation();
        return new Column(column.name(), type, nullable, PostgresExpressions.columnDefault(column.defaultExpression(),
                type), identity, PostgresExpressions.expression(column.generatedExpression()), collation,
                emptyAsNull(column.comment()));
    }

    private static ForeignKey foreignKey(String table, ForeignKey key) {
        ForeignKey named = key.withName(orElse(key.name(), PostgresNames.foreignKey(table, key.columns())));
        boolean deferred = named.deferrable() && named.initiallyDeferred();
        return new ForeignKey(named.name(), named.columns(), named.referencedTable(), named.referencedColumns(),
                named.onDelete(), named.onUpdate(), named.deferrable(), deferred);
    }

    private static CheckConstraint check(Table table, CheckConstraint check) {
        String expression = PostgresExpressions.expression(check.expression());
        String name = check.name();
        if (name == null) {
            List<String> mentioned = table.columns().stream().map(Column::name)
                    .filter(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(expression).find())
                    .toList();
            name = PostgresNames.check(table.name(), mentioned.size() == 1 ? mentioned.get(0) : null);
        }
        return new CheckConstraint(name, expression);
    }

    private static Index index(String table, Index index) {
        List<IndexPart> parts = index.parts().stream().map(PostgresNormalizer::indexPart).toList();
        String name = orElse(index.name(), PostgresNames.index(table,
                parts.stream().map(p -> p.column() != null ? p.column() : "expr").toList()));
        return new Index(name, index.unique(), parts, index.method().toLowerCase(java.util.Locale.ROOT),
                PostgresExpressions.expression(index.predicate()), index.include());
    }

    private static IndexPart indexPart(IndexPart part) {
        Boolean nullsFirst = part.nullsFirst() != null && part.nullsFirst() == part.descending() ? null
                : part.nullsFirst();
        String expression = PostgresExpressions.expression(part.expression());
        return new IndexPart(part.column(), expression, part.descending(), nullsFirst);
    }

    private static Sequence sequence(Sequence sequence) {
        String dataType = PostgresTypes.canonicalName(sequence.dataType());
        return new Sequence(sequence.name(), dataType, PostgresTypes.withDefaults(sequence.options(), dataType),
                sequence.ownedByTable(), sequence.ownedByColumn());
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

}
