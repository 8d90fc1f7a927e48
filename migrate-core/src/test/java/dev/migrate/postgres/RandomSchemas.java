package dev.migrate.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.EnumType;
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
 * Random valid schemas over small pools of names (reserved words, mixed case, quotes, non-ASCII) and of variants of
 * each object, so that two schemas drawn from the same seed differ in many ways at once. Every schema is valid on
 * its own: keys, expressions and references only name what exists in it.
 */
final class RandomSchemas {

    static final List<String> TABLE_NAMES = List.of("users", "order", "Mixed Case", "wei\"rd", "naïve", "t_plain");

    private static final List<String> ENUM_VALUES = List.of("a", "b", "it's", "Ünï");

    private final Random random;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    /** Two random schemas; the second keeps the first's enum values, because values can only be added. */
    Schema[] pair() {
        Schema a = schema();
        Schema b = schema();
        if (!a.enums().isEmpty() && !b.enums().isEmpty()
                && b.enums().get(0).values().size() < a.enums().get(0).values().size()) {
            b = b.withEnums(a.enums());
        }
        return new Schema[] {a, b};
    }

    Schema schema() {
        boolean withEnum = chance(0.6);
        List<EnumType> enums = withEnum
                ? List.of(new EnumType("Status", ENUM_VALUES.subList(0, 1 + random.nextInt(ENUM_VALUES.size()))))
                : List.of();
        List<Table> tables = new ArrayList<>();
        for (String name : TABLE_NAMES) {
            if (chance(0.7)) {
                tables.add(table(name, withEnum));
            }
        }
        List<String> targets = tablesWithKey(tables);
        tables = tables.stream().map(t -> withForeignKey(t, targets)).toList();
        List<Sequence> sequences = new ArrayList<>();
        if (chance(0.5)) {
            sequences.add(sequence(tables));
        }
        return new Schema("public", tables, enums, sequences);
    }

    private Table table(String name, boolean withEnum) {
        List<Column> columns = new ArrayList<>();
        ColumnType idType = ColumnType.of(pick("integer", "bigint"));
        Column id = Column.of("id", idType, false);
        columns.add(switch (random.nextInt(4)) {
            case 0 -> id.withIdentity(Identity.byDefault());
            case 1 -> id.withIdentity(new Identity(true,
                    SequenceOptions.DEFAULTS.withStart(1 + random.nextInt(3)).withIncrement(1 + random.nextInt(3))));
            default -> id;
        });
        boolean hasName = chance(0.7);
        if (hasName) {
            columns.add(new Column("name", ColumnType.of(pick("varchar(50)", "varchar(100)", "text")), chance(0.5),
                    pick(null, "'x'"), null, null, pick(null, null, "C"), pick(null, "the name", "it's ünïcode")));
        }
        boolean hasQty = chance(0.6);
        if (hasQty) {
            columns.add(Column.of("qty", ColumnType.of(pick("smallint", "integer", "bigint", "numeric(10,2)")),
                    chance(0.5)).withDefault(pick(null, "0", "42")));
        }
        boolean hasEmail = chance(0.5);
        if (hasEmail) {
            columns.add(Column.of("email", ColumnType.of(pick("text", "varchar(200)")), true));
            if (chance(0.5)) {
                columns.add(Column.of("email_lower", ColumnType.of("text"), true).withGenerated("lower(email)"));
            }
        }
        if (withEnum && chance(0.5)) {
            columns.add(Column.of("status", ColumnType.of("Status"), chance(0.5)).withDefault(pick(null, "'a'")));
        }
        if (chance(0.4)) {
            columns.add(Column.of("tags", ColumnType.of("text[]"), true));
        }
        if (chance(0.5)) {
            columns.add(Column.of("created", ColumnType.of(pick("timestamp(3)", "timestamptz", "timestamp")), true)
                    .withDefault(pick(null, "now()")));
        }
        if (chance(0.5)) {
            columns.add(Column.of("parent_id", ColumnType.of(pick("integer", "bigint")), true));
        }
        if (chance(0.4)) {
            columns.add(Column.of("Select", ColumnType.of("boolean"), chance(0.5)).withDefault(pick(null, "true")));
        }
        Table table = Table.of(name, columns).withComment(pick(null, "a table", "naïve's"));
        if (chance(0.8)) {
            table = table.withPrimaryKey(new PrimaryKey(pick(null, name + "_pk"), List.of("id")));
        }
        if (hasName && chance(0.4)) {
            table = table.withUniques(List.of(new UniqueConstraint(pick(null, name + "_uq"), List.of("name"))));
        }
        if (hasQty && chance(0.5)) {
            table = table.withChecks(List.of(new CheckConstraint("qty_range", pick("qty >= 0", "qty < 1000"))));
        }
        table = table.withIndexes(indexes(name, hasName, hasQty, hasEmail));
        return table;
    }

    private List<Index> indexes(String table, boolean hasName, boolean hasQty, boolean hasEmail) {
        List<Index> indexes = new ArrayList<>();
        if (hasName && chance(0.5)) {
            IndexPart part = IndexPart.column("name");
            part = chance(0.5) ? part.desc() : part;
            part = chance(0.3) ? part.withNullsFirst(!part.descending()) : part;
            indexes.add(new Index(pick(null, table + "_by_name"), chance(0.3), List.of(part, IndexPart.column("id")),
                    null, hasQty && chance(0.5) ? "qty > 0" : null, hasQty && chance(0.3) ? List.of("qty") : null));
        }
        if (hasEmail && chance(0.5)) {
            String method = pick("btree", "hash");
            indexes.add(new Index(table + "_email", method.equals("btree") && chance(0.5),
                    List.of(IndexPart.expression("lower(email)")), method, null, null));
        }
        return indexes;
    }

    private Table withForeignKey(Table table, List<String> targets) {
        if (table.column("parent_id").isEmpty() || targets.isEmpty() || chance(0.3)) {
            return table;
        }
        String target = targets.get(random.nextInt(targets.size()));
        ReferentialAction[] actions = ReferentialAction.values();
        boolean deferrable = chance(0.3);
        return table.withForeignKeys(List.of(new ForeignKey(pick(null, table.name() + "_parent"),
                List.of("parent_id"), target, List.of("id"), actions[random.nextInt(actions.length)],
                actions[random.nextInt(actions.length)], deferrable, deferrable && chance(0.5))));
    }

    private static List<String> tablesWithKey(List<Table> tables) {
        return tables.stream().filter(t -> t.primaryKey() != null).map(Table::name).toList();
    }

    private Sequence sequence(List<Table> tables) {
        Sequence sequence = new Sequence("Counter Seq", pick("integer", "bigint"),
                new SequenceOptions(pick(null, 5L), pick(null, 2L), null, pick(null, 100000L), pick(null, 10L),
                        chance(0.3)), null, null);
        Table owner = tables.stream().filter(t -> t.column("qty").isPresent()).findFirst().orElse(null);
        return owner != null && chance(0.5) ? sequence.withOwner(owner.name(), "qty") : sequence;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

}
