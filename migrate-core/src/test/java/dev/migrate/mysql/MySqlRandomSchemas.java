package dev.migrate.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Random valid MySQL/MariaDB schemas over small pools of names (reserved words, mixed case, backticks, non-ASCII) and
 * of variants of each object, so that two schemas drawn from the same seed differ in many ways at once. A column
 * keeps its family of types under one name (a change of family is not planned without a guard), and expressions are
 * spelled as MariaDB prints them.
 */
final class MySqlRandomSchemas {

    static final List<String> TABLE_NAMES = List.of("users", "order", "Mixed Case", "wei`rd", "naïve", "t_plain");

    private final Random random;

    MySqlRandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    Schema[] pair() {
        return new Schema[] {schema(), schema()};
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        for (String name : TABLE_NAMES) {
            if (chance(0.7)) {
                tables.add(table(name));
            }
        }
        List<Table> withKeys = new ArrayList<>();
        for (Table table : tables) {
            withKeys.add(withForeignKey(table, tables));
        }
        List<Sequence> sequences = new ArrayList<>();
        if (chance(0.5)) {
            sequences.add(new Sequence("Counter Seq", "bigint", new SequenceOptions(pick(null, 5L), pick(null, 2L),
                    null, pick(null, 100000L), pick(null, 10L), chance(0.3)), null, null));
        }
        return new Schema("public", withKeys, List.of(), sequences);
    }

    private Table table(String name) {
        List<Column> columns = new ArrayList<>();
        boolean hasKey = chance(0.8);
        Column id = Column.of("id", ColumnType.of(pick("int", "bigint", "bigint unsigned")), false);
        columns.add(hasKey && chance(0.5) ? id.withIdentity(Identity.byDefault()) : id);
        String nameType = pick("varchar(50)", "varchar(100)", "text");
        boolean hasName = chance(0.7);
        if (hasName) {
            columns.add(new Column("name", MySqlTypes.parse(nameType), chance(0.5),
                    nameType.equals("text") ? null : pick(null, "'x'"), null, null, pick(null, null, "utf8mb4_bin"),
                    pick(null, "the name", "it's ünïcode")));
        }
        boolean hasQty = chance(0.6);
        if (hasQty) {
            String qtyType = pick("smallint", "int", "bigint", "decimal(10,2)", "decimal(12,3)");
            boolean decimal = qtyType.startsWith("decimal");
            columns.add(Column.of("qty", MySqlTypes.parse(qtyType), chance(0.5))
                .withDefault(decimal ? pick(null, "0.00") : pick(null, "0", "42")));
        }
        boolean hasEmail = chance(0.5);
        if (hasEmail) {
            columns.add(Column.of("email", MySqlTypes.parse(pick("varchar(200)", "varchar(255)")), true));
            if (chance(0.5)) {
                columns.add(Column.of("email_lower", MySqlTypes.parse("varchar(255)"), true)
                    .withGenerated("lcase(`email`)"));
            }
        }
        if (chance(0.5)) {
            columns.add(Column.of("status", ColumnType.of(pick("enum('a','b')", "enum('a','b','it''s')")),
                    chance(0.5)).withDefault(pick(null, "'a'")));
        }
        if (chance(0.5)) {
            int precision = pick(0, 3, 6);
            String suffix = precision == 0 ? "" : "(" + precision + ")";
            columns.add(Column.of("created", MySqlTypes.parse(pick("datetime", "timestamp") + suffix), true)
                .withDefault(pick(null, "current_timestamp(" + (precision == 0 ? "" : precision) + ")")));
        }
        if (chance(0.5)) {
            columns.add(Column.of("parent_id", ColumnType.of("int"), true));
        }
        if (chance(0.4)) {
            columns.add(Column.of("Select", ColumnType.withLength("tinyint", 1), chance(0.5))
                .withDefault(pick(null, "1")));
        }
        Table table = Table.of(name, columns).withComment(pick(null, "a table", "naïve's"));
        if (hasKey) {
            table = table.withPrimaryKey(new PrimaryKey(null, List.of("id")));
        }
        if (hasName && !nameType.equals("text") && chance(0.4)) {
            table = table.withUniques(List.of(new UniqueConstraint(name + "_uq", List.of("name"))));
        }
        if (hasQty && chance(0.5)) {
            table = table.withChecks(List.of(new CheckConstraint("qty_range", pick("`qty` >= 0", "`qty` < 1000"))));
        }
        return table.withIndexes(indexes(name, hasName, nameType.equals("text"), hasEmail));
    }

    private List<Index> indexes(String table, boolean hasName, boolean nameIsText, boolean hasEmail) {
        List<Index> indexes = new ArrayList<>();
        if (hasName && chance(0.5)) {
            IndexPart part = nameIsText || chance(0.3) ? IndexPart.expression("`name`(10)") : IndexPart.column("name");
            part = chance(0.5) ? part.desc() : part;
            indexes.add(new Index(table + "_by_name", chance(0.3), List.of(part, IndexPart.column("id")), null, null,
                    null));
        }
        if (hasEmail && chance(0.5)) {
            indexes.add(new Index(table + "_email", false, List.of(IndexPart.column("email")), null, null, null));
        }
        return indexes;
    }

    /** {@code parent_id} references a table whose key is an {@code int}, with the same type. */
    private Table withForeignKey(Table table, List<Table> tables) {
        List<Table> targets = tables.stream().filter(t -> t.primaryKey() != null
                && t.column("id").orElseThrow().type().equals(ColumnType.of("int"))).toList();
        if (table.column("parent_id").isEmpty() || targets.isEmpty() || chance(0.3)) {
            return table;
        }
        Table target = targets.get(random.nextInt(targets.size()));
        ReferentialAction[] actions = {ReferentialAction.NO_ACTION, ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL};
        return table.withForeignKeys(List.of(new ForeignKey(table.name() + "_parent", List.of("parent_id"),
                target.name(), List.of("id"), actions[random.nextInt(actions.length)],
                actions[random.nextInt(actions.length)], false, false)));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

}
