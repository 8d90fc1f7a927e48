package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.plan.Risk;
import dev.migrate.plan.RiskCode;
import dev.migrate.plan.Plan;
import dev.migrate.plan.PlannedChange;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/** Hand-written changes of every kind, applied, inspected and reversed on a real database. */
@ExtendWith(TestDatabases.class)
class PostgresChangesTests {

    @Test
    void widensTypesWithoutTouchingKeysOrIndexes(TestDatabase db) {
        Schema a = schema(table("items", List.of(
                Column.of("id", ColumnType.of("integer"), false),
                Column.of("name", ColumnType.withLength("varchar", 50), false)),
                t -> t.withPrimaryKey(new PrimaryKey(null, List.of("id")))
                        .withUniques(List.of(new UniqueConstraint(null, List.of("name"))))
                        .withIndexes(List.of(Index.on("items_name_id", "name", "id")))));
        Schema b = a.withTables(List.of(a.tables().get(0).withColumns(List.of(
                Column.of("id", ColumnType.of("bigint"), false),
                Column.of("name", ColumnType.withLength("varchar", 100), false)))));
        RoundTrip roundTrip = new RoundTrip(db);
        roundTrip.apply(List.of("CREATE TABLE items (id int PRIMARY KEY, name varchar(50) NOT NULL UNIQUE)",
                "CREATE INDEX items_name_id ON items (name, id)",
                "INSERT INTO items VALUES (1, 'kept')"));
        Schema inspected = roundTrip.inspect();
        RoundTrip.assertSameSchema(inspected, a);
        Plan plan = RoundTrip.plan(inspected, b);
        assertThat(plan.toSql()).isEqualTo("""
                -- modify column "id" of table: "items"
                ALTER TABLE items ALTER COLUMN id TYPE bigint USING id::bigint;
                -- modify column "name" of table: "items"
                ALTER TABLE items ALTER COLUMN name TYPE character varying(100);
                """);
        assertThat(plan.destructiveChanges()).isEmpty();
        assertThat(plan.toReverseSql()).isEqualTo("""
                -- reverse: modify column "name" of table: "items"
                ALTER TABLE items ADD CONSTRAINT migrate_fits_name CHECK (name IS NULL OR CAST(CAST(name AS \
                character varying(50)) AS character varying(100)) = name);
                ALTER TABLE items DROP CONSTRAINT migrate_fits_name;
                ALTER TABLE items ALTER COLUMN name TYPE character varying(50);
                -- reverse: modify column "id" of table: "items"
                ALTER TABLE items ADD CONSTRAINT migrate_fits_id CHECK (id IS NULL OR CAST(CAST(id AS integer) \
                AS bigint) = id);
                ALTER TABLE items DROP CONSTRAINT migrate_fits_id;
                ALTER TABLE items ALTER COLUMN id TYPE integer USING id::integer;
                """);
        roundTrip.check(inspected, b);
        assertThat(RoundTrip.plan(b, inspected).changes()).allMatch(c -> c.risks().stream().map(Risk::code).toList().equals(List.of(RiskCode.MG101)));
    }

    @Test
    void modifiesEveryKindOfObjectAndBack(TestDatabase db) {
        Schema a = ShowcaseSchemas.everything();
        Schema b = modified(a);
        RoundTrip roundTrip = new RoundTrip(db);
        Schema created = roundTrip.create(a);
        Plan plan = RoundTrip.plan(created, b);
        assertThat(plan.isReversible()).isTrue();
        roundTrip.check(created, b);
    }

    @Test
    void addingEnumValuesIsIrreversibleAndSaysWhy(TestDatabase db) {
        EnumType mood = new EnumType("mood", List.of("ok"));
        Schema a = new Schema("public", List.of(), List.of(mood), List.of());
        Schema b = a.withEnums(List.of(new EnumType("mood", List.of("sad", "ok", "great", "happy"))));
        RoundTrip roundTrip = new RoundTrip(db);
        Schema created = roundTrip.create(a);
        Plan plan = RoundTrip.plan(created, b);
        assertThat(plan.isReversible()).isFalse();
        assertThat(plan.irreversibleChanges()).singleElement()
                .extracting(PlannedChange::irreversibleReason).asString().contains("mood");
        assertThat(plan.toSql()).isEqualTo("""
                -- add value to enum type: "mood"
                ALTER TYPE mood ADD VALUE 'sad' BEFORE 'ok';
                ALTER TYPE mood ADD VALUE 'great' AFTER 'ok';
                ALTER TYPE mood ADD VALUE 'happy' AFTER 'great';
                """);
        assertThat(plan.toReverseSql()).startsWith("-- irreversible: add value to enum type: \"mood\"");
        roundTrip.check(created, b);
        assertThatThrownBy(() -> Postgres.dialect().differ().diff(b, a)).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("\"mood\"");
    }

    @Test
    void flagsRisksOfEachChange() {
        Table t = table("t", List.of(Column.of("a", ColumnType.of("text"), true)), UnaryOperator.identity());
        Schema a = schema(t);
        Schema b = schema(t.withColumns(List.of(Column.of("a", ColumnType.withLength("varchar", 10), false),
                Column.of("b", ColumnType.of("integer"), false), Column.of("c", ColumnType.of("integer"), false)
                        .withDefault("0")))
                .withUniques(List.of(new UniqueConstraint("t_a_key", List.of("a")))));
        Plan plan = RoundTrip.plan(a, b);
        assertThat(plan.changes()).extracting(PlannedChange::comment,
                c -> c.risks().stream().map(Risk::code).toList()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("modify column \"a\" of table: \"t\"",
                        List.of(RiskCode.MG101, RiskCode.MF104)),
                org.assertj.core.groups.Tuple.tuple("add column \"b\" to table: \"t\"", List.of(RiskCode.MF103)),
                org.assertj.core.groups.Tuple.tuple("add column \"c\" to table: \"t\"", List.of()),
                org.assertj.core.groups.Tuple.tuple("add unique constraint \"t_a_key\" to table: \"t\"",
                        List.of(RiskCode.MF101)));
        assertThat(plan.risks()).extracting(Risk::toString).contains(
                "MG101 Changing column \"a\" of table \"t\" from text to character varying(10) will fail in case a "
                        + "value does not fit the new type",
                "MF103 Adding a non-nullable \"integer\" column \"b\" will fail in case table \"t\" is not empty");
        assertThat(plan.toSql()).contains("-- add column \"b\" to table: \"t\"\n-- MF103 (data dependent): Adding a "
                + "non-nullable \"integer\" column \"b\" will fail in case table \"t\" is not empty\nALTER TABLE");
        assertThat(RoundTrip.plan(b, RoundTrip.EMPTY).changes()).singleElement()
                .satisfies(c -> assertThat(c.destructive()).isTrue());
    }

    @Test
    void createsTablesInReferenceOrderAndDefersCyclicForeignKeys(TestDatabase db) {
        Table a = table("a", List.of(Column.of("id", ColumnType.of("integer"), false),
                Column.of("b_id", ColumnType.of("integer"), true)), t -> t
                        .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                        .withForeignKeys(List.of(ForeignKey.of("a_b", List.of("b_id"), "b", List.of("id")))));
        Table b = table("b", List.of(Column.of("id", ColumnType.of("integer"), false),
                Column.of("a_id", ColumnType.of("integer"), true)), t -> t
                        .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                        .withForeignKeys(List.of(ForeignKey.of("b_a", List.of("a_id"), "a", List.of("id")))));
        Table c = table("c", List.of(Column.of("a_id", ColumnType.of("integer"), true)), t -> t
                .withForeignKeys(List.of(ForeignKey.of("c_a", List.of("a_id"), "a", List.of("id")))));
        Schema schema = schema(c, a, b);
        Plan plan = RoundTrip.plan(RoundTrip.EMPTY, schema);
        assertThat(plan.changes()).extracting(PlannedChange::comment).containsExactly("create \"b\" table",
                "create \"a\" table", "create \"c\" table", "add foreign key \"b_a\" to table: \"b\"");
        RoundTrip roundTrip = new RoundTrip(db);
        Schema created = roundTrip.create(schema);
        Plan drop = RoundTrip.plan(created, RoundTrip.EMPTY);
        assertThat(drop.changes().subList(0, 3)).extracting(PlannedChange::comment)
                .allMatch(comment -> comment.startsWith("drop foreign key"));
        roundTrip.check(created, RoundTrip.EMPTY);
    }

    @Test
    void replacingAReferencedKeyDropsAndRestoresTheForeignKeysOnIt(TestDatabase db) {
        Table a = table("a", List.of(Column.of("id", ColumnType.of("integer"), false),
                Column.of("code", ColumnType.of("text"), false)), t -> t
                        .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                        .withIndexes(List.of(new Index("a_code_uq", true, List.of(IndexPart.column("code")), null,
                                null, null))));
        Table b = table("b", List.of(Column.of("a_id", ColumnType.of("integer"), true),
                Column.of("a_code", ColumnType.of("text"), true)), t -> t.withForeignKeys(List.of(
                        ForeignKey.of("b_a_id", List.of("a_id"), "a", List.of("id")),
                        ForeignKey.of("b_a_code", List.of("a_code"), "a", List.of("code")))));
        Table changedA = a.withPrimaryKey(new PrimaryKey("a_primary", List.of("id")))
                .withIndexes(List.of(new Index("a_code_uq", true, List.of(IndexPart.column("code").desc()), null,
                        null, null)));
        RoundTrip roundTrip = new RoundTrip(db);
        Schema created = roundTrip.create(schema(a, b));
        Plan plan = RoundTrip.plan(created, schema(changedA, b));
        assertThat(plan.changes()).extracting(PlannedChange::comment).containsExactly(
                "drop foreign key \"b_a_code\" from table: \"b\"", "drop foreign key \"b_a_id\" from table: \"b\"",
                "drop primary key \"a_pkey\" from table: \"a\"", "drop index \"a_code_uq\" from table: \"a\"",
                "add primary key \"a_primary\" to table: \"a\"", "create index \"a_code_uq\" to table: \"a\"",
                "add foreign key \"b_a_code\" to table: \"b\"", "add foreign key \"b_a_id\" to table: \"b\"");
        roundTrip.check(created, schema(changedA, b));
    }

    @Test
    void quotesIdentifiersOnlyWhereNeeded() {
        assertThat(PostgresIdentifiers.quote("users")).isEqualTo("users");
        assertThat(PostgresIdentifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(PostgresIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(PostgresIdentifiers.quote("Users")).isEqualTo("\"Users\"");
        assertThat(PostgresIdentifiers.quote("first name")).isEqualTo("\"first name\"");
        assertThat(PostgresIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(PostgresIdentifiers.quote("größe")).isEqualTo("\"größe\"");
        assertThat(PostgresIdentifiers.quote("1st")).isEqualTo("\"1st\"");
        assertThat(PostgresIdentifiers.quote("_x9")).isEqualTo("_x9");
    }

    @Test
    void diffNeverTouchesWhatTheModelDoesNotCover(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE kept (id int PRIMARY KEY, n int);
                CREATE VIEW v AS SELECT id FROM kept;
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER tr BEFORE INSERT ON kept FOR EACH ROW EXECUTE FUNCTION f();
                CREATE TABLE schema_migrations (version text);
                CREATE TABLE atlas_schema_revisions (version text);
                CREATE TABLE flyway_schema_history (installed_rank serial PRIMARY KEY);
                CREATE SEQUENCE free_seq;
                """);
        RoundTrip roundTrip = new RoundTrip(db);
        Schema inspected = roundTrip.inspect();
        assertThat(inspected.tables()).extracting(Table::name).containsExactly("kept");
        assertThat(inspected.sequences()).extracting(Sequence::name).containsExactly("free_seq");
        try (var connection = db.connect()) {
            Schema withoutKept = Postgres.dialect().inspect(connection,
                    InspectOptions.schema("public").excluding("kept"));
            assertThat(withoutKept.tables()).isEmpty();
            assertThat(Postgres.dialect().inspect(connection, InspectOptions.schema("public").excludingNothing())
                    .tables()).extracting(Table::name)
                    .containsExactly("atlas_schema_revisions", "flyway_schema_history", "kept",
                            "schema_migrations");
        }
        Schema desired = inspected.withTables(List.of(inspected.tables().get(0).withComment("kept")));
        roundTrip.check(inspected, desired);
        try (var connection = db.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM pg_trigger WHERE tgname = 'tr' UNION ALL "
                        + "SELECT count(*) FROM pg_views WHERE viewname = 'v' UNION ALL "
                        + "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations'")) {
            List<Integer> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(rows.getInt(1));
            }
            assertThat(counts).containsExactly(1, 1, 1);
        }
    }

    /** Changes every kind of object of {@link ShowcaseSchemas#everything()}. */
    private static Schema modified(Schema a) {
        Table user = a.table("user").orElseThrow();
        List<Column> columns = new ArrayList<>();
        for (Column column : user.columns()) {
            switch (column.name()) {
                case "id" -> columns.add(column.withIdentity(new Identity(false,
                        SequenceOptions.DEFAULTS.withStart(100).withIncrement(10))));
                case "email" -> columns.add(column.withCollation("POSIX").withComment("changed"));
                case "Display Name" -> columns.add(column.withType(ColumnType.withLength("varchar", 100))
                        .withCollation("POSIX")
                        .withDefault(null).withNullable(false));
                case "mood" -> columns.add(column.withDefault("'happy'").withNullable(false));
                case "balance" -> columns.add(column.withType(ColumnType.of("numeric")).withDefault("1.5"));
                case "email_upper" -> columns.add(column.withGenerated("lower(email)"));
                case "naïve \"quoted\"" -> { }
                default -> columns.add(column);
            }
        }
        columns.add(Column.of("Größe", ColumnType.of("smallint"), true).withComment("new"));
        columns.add(Column.of("seq", ColumnType.of("bigint"), false).withIdentity(Identity.generatedAlways()));
        Table newUser = user.withColumns(columns)
                .withChecks(List.of(new CheckConstraint("balance_positive", "balance > 0"),
                        new CheckConstraint("size_ok", "\"Größe\" < 100")))
                .withUniques(List.of(new UniqueConstraint("user_email_key", List.of("email", "Display Name"))))
                .withIndexes(List.of(user.indexes().get(0),
                        new Index("user_created_idx", false, List.of(IndexPart.column("created_at").desc()), null,
                                null, null)))
                .withComment(null);
        Table order = a.table("order").orElseThrow();
        Table newOrder = order.withForeignKeys(List.of(new ForeignKey("order_user_fk", List.of("user_id"), "user",
                List.of("id"), ReferentialAction.RESTRICT, null, false, false)))
                .withColumns(order.columns().stream().map(c -> c.name().equals("Parent")
                        ? c.withType(ColumnType.of("bigint")) : c).toList())
                .withComment("orders");
        Table audit = table("audit log", List.of(Column.of("at", ColumnType.of("timestamptz"), false),
                Column.of("who", ColumnType.of("bigint"), true)), t -> t.withForeignKeys(List.of(
                        ForeignKey.of(null, List.of("who"), "user", List.of("id")))));
        return new Schema("public", List.of(newUser, newOrder, audit),
                List.of(new EnumType("Mood", List.of("sad", "ok", "happy")), new EnumType("size", List.of("S", "L"))),
                List.of(new Sequence("ticket_seq", "bigint", new SequenceOptions(10L, 3L, 1L, 1000000L, 1L, false),
                        "user", "ticket"), Sequence.of("other")));
    }

    private static Table table(String name, List<Column> columns, UnaryOperator<Table> customize) {
        return customize.apply(Table.of(name, columns));
    }

    private static Schema schema(Table... tables) {
        return Schema.of("public", List.of(tables));
    }

}
