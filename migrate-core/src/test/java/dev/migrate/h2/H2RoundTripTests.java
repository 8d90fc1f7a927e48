package dev.migrate.h2;

import static dev.migrate.testing.ListEdits.append;
import static dev.migrate.testing.ListEdits.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.migrate.plan.Plan;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

class H2RoundTripTests {

    @Test
    void createsInspectsAndDropsEveryKindOfObject() {
        try (H2RoundTrip roundTrip = new H2RoundTrip()) {
            Schema everything = H2Schemas.everything();
            Plan plan = H2RoundTrip.plan(H2RoundTrip.EMPTY, everything);
            // One column or constraint per line.
            assertThat(plan.toSql()).contains("-- create \"users\" table\nCREATE TABLE users (\n  id BIGINT GENERATED "
                    + "ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5 MAXVALUE 1000000 CACHE 10) NOT NULL,\n  email ")
                .contains("CREATE TABLE \"Mixed Case\" (\n  \"VALUE\" INTEGER,\n  \"Name\" CHARACTER VARYING(10)\n);")
                .contains("CREATE SEQUENCE invoice_numbers AS BIGINT START WITH 1000 INCREMENT BY 50;");
            Schema created = roundTrip.create(everything);
            assertThat(H2.dialect().differ().diff(created, everything)).isEmpty();
            roundTrip.check(created, H2RoundTrip.EMPTY);
        }
    }

    @Test
    void readsADatabaseThatFoldsNamesToLowerCase() throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:mem:;DATABASE_TO_LOWER=TRUE");
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create table users (id bigint primary key, email varchar(254) not null unique)");
            Schema schema = H2.dialect().inspect(connection, dev.migrate.schema.InspectOptions.schema("public"));
            Table users = schema.table("users").orElseThrow();
            assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email");
            assertThat(users.uniques()).extracting(UniqueConstraint::name).containsExactly("users_email_key");
        }
    }

    @Test
    void columnChangesRoundTrip() {
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("email") ? c.withType(ColumnType.withLength("CHARACTER VARYING", 320)) : c,
                c -> c.name().equals("country") ? c.withDefault("'BE'").withNullable(false) : c,
                c -> c.name().equals("small") ? c.withDefault(null).withType(ColumnType.of("INTEGER")) : c,
                c -> c.name().equals("score") ? c.withComment("points") : c,
                c -> c.name().equals("bio") ? c.withComment(null) : c)));
        check(users -> users.withColumns(append(users.columns().stream()
                .filter(c -> !c.name().equals("ratio") && !c.name().equals("double_id")).toList(),
                Column.of("nickname", ColumnType.withLength("CHARACTER VARYING", 40), true),
                Column.of("level", ColumnType.of("INTEGER"), false).withDefault("1"))));
    }

    @Test
    void identityAndGeneratedChangesRoundTrip() {
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("id") ? c.withIdentity(new Identity(false,
                        new SequenceOptions(100L, 1L, 1L, Long.MAX_VALUE, 32L, false))) : c)));
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("tiny") ? c.withNullable(false).withIdentity(Identity.byDefault()) : c,
                c -> c.name().equals("id") ? c.withIdentity(null) : c)));
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("double_id") ? c.withGenerated(null) : c)));
    }

    @Test
    void constraintAndIndexChangesRoundTrip() {
        check(users -> users
            .withUniques(List.of(new UniqueConstraint("users_email_country_key", List.of("email", "country"))))
            .withChecks(List.of(new CheckConstraint("users_small_check", "\"SMALL\" > 0"),
                    new CheckConstraint("users_tiny_check", "\"TINY\" BETWEEN 0 AND 4")))
            .withIndexes(List.of(new Index("users_email_idx", false, List.of(IndexPart.column("email")), null, null,
                    null)))
            .withComment("accounts"));
        checkSchema(schema -> schema.withTables(replace(schema.tables(),
                t -> t.name().equals("order_lines") ? t.withForeignKeys(List.of(ForeignKey.of("order_lines_user_fkey",
                        List.of("user_id"), "users", List.of("id")))).withPrimaryKey(null) : t)));
    }

    @Test
    void tableAndSequenceChangesRoundTrip() {
        checkSchema(schema -> schema.withTables(append(schema.tables().stream()
                .filter(t -> !t.name().equals("Mixed Case")).toList(),
                Table.of("audit", List.of(Column.of("id", ColumnType.of("UUID"), false),
                        Column.of("user_id", ColumnType.of("BIGINT"), true)))
                    .withPrimaryKey(new dev.migrate.schema.PrimaryKey(null, List.of("id")))
                    .withForeignKeys(List.of(ForeignKey.of("audit_user_fkey", List.of("user_id"), "users",
                            List.of("id")))))));
        checkSchema(schema -> schema.withSequences(List.of(
                new Sequence("invoice_numbers", "bigint", new SequenceOptions(2000L, 10L, 1L, 99_999L, 5L, true), null,
                        null),
                new Sequence("ticket_numbers", "integer", SequenceOptions.DEFAULTS, null, null))));
    }

    private static void check(UnaryOperator<Table> usersChange) {
        checkSchema(schema -> schema.withTables(replace(schema.tables(),
                t -> t.name().equals("users") ? usersChange.apply(t) : t)));
    }

    private static void checkSchema(UnaryOperator<Schema> change) {
        try (H2RoundTrip roundTrip = new H2RoundTrip()) {
            Schema a = roundTrip.create(H2Schemas.everything());
            roundTrip.check(a, change.apply(a));
        }
    }

}
