package dev.migrate.mysql;

import static dev.migrate.testing.ListEdits.append;
import static dev.migrate.testing.ListEdits.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.migrate.plan.Plan;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import org.junit.jupiter.api.Test;

/** Every kind of change on a real MariaDB: applied it inspects as planned, its reverse brings back the start. */
class MySqlRoundTripTests {

    @Test
    void createsInspectsAndDropsEveryKindOfObject() {
        try (MySqlRoundTrip roundTrip = new MySqlRoundTrip()) {
            Schema everything = MySqlSchemas.everything();
            Plan plan = MySqlRoundTrip.plan(MySqlRoundTrip.EMPTY, everything);
            assertThat(plan.toSql()).contains("-- create \"users\" table\nCREATE TABLE `users` (\n"
                    + "  `id` bigint unsigned NOT NULL AUTO_INCREMENT,\n"
                    + "  `email` varchar(254) NOT NULL,\n")
                .contains("  CONSTRAINT `users_email_key` UNIQUE (`email`),\n")
                .contains("\n) COMMENT = 'people who log in';")
                .contains("CREATE TABLE `Mixed Case` (\n  `value` int NULL,\n  `Na``me` varchar(10) NULL\n);")
                .contains("CREATE SEQUENCE `invoice_numbers` START WITH 1000 INCREMENT BY 50;");
            Schema created = roundTrip.create(everything);
            assertThat(MySqlRoundTrip.DIALECT.differ().diff(created, everything)).isEmpty();
            roundTrip.check(created, MySqlRoundTrip.EMPTY);
        }
    }

    @Test
    void columnChangesRoundTrip() {
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("email") ? c.withType(ColumnType.withLength("varchar", 320)) : c,
                c -> c.name().equals("country") ? c.withDefault("'BE'").withNullable(false) : c,
                c -> c.name().equals("small") ? c.withDefault(null).withType(ColumnType.of("int")) : c,
                c -> c.name().equals("score") ? c.withComment("points") : c,
                c -> c.name().equals("bio") ? c.withComment(null) : c,
                c -> c.name().equals("code") ? c.withCollation(null) : c,
                c -> c.name().equals("status") ? c.withType(ColumnType.of("enum('ACTIVE','CLOSED','GONE')")) : c)));
        check(users -> users.withColumns(append(users.columns().stream()
                .filter(c -> !c.name().equals("ratio") && !c.name().equals("double_id")).toList(),
                Column.of("nickname", ColumnType.withLength("varchar", 40), true),
                Column.of("level", ColumnType.of("int"), false).withDefault("1"))));
    }

    @Test
    void identityAndGeneratedChangesRoundTrip() {
        checkSchema(schema -> schema.withTables(replace(schema.tables(),
                t -> t.name().equals("categories") ? t.withColumns(replace(t.columns(),
                        c -> c.name().equals("id") ? c.withIdentity(null) : c)) : t)));
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("double_id") ? c.withGenerated("`small` * 3") : c)));
        check(users -> users.withColumns(replace(users.columns(),
                c -> c.name().equals("double_id") ? c.withGenerated(null) : c)));
    }

    @Test
    void constraintAndIndexChangesRoundTrip() {
        check(users -> users
            .withUniques(List.of(new UniqueConstraint("users_email_country_key", List.of("email", "country"))))
            .withChecks(List.of(new CheckConstraint("users_small_check", "`small` > 0"),
                    new CheckConstraint("users_tiny_check", "`tiny` between 0 and 4")))
            .withIndexes(List.of(new Index("users_email_idx", false, List.of(IndexPart.column("email")), null, null,
                    null)))
            .withComment("accounts"));
        checkSchema(schema -> schema.withTables(replace(schema.tables(),
                t -> t.name().equals("order_lines") ? t.withForeignKeys(List.of(ForeignKey.of("order_lines_user_fkey",
                        List.of("user_id"), "users", List.of("id")))) : t)));
    }

    @Test
    void tableAndSequenceChangesRoundTrip() {
        checkSchema(schema -> schema.withTables(append(schema.tables().stream()
                .filter(t -> !t.name().equals("Mixed Case")).toList(),
                Table.of("audit", List.of(Column.of("id", ColumnType.withLength("binary", 16), false),
                        Column.of("user_id", ColumnType.of("bigint unsigned"), true)))
                    .withPrimaryKey(new PrimaryKey(null, List.of("id")))
                    .withForeignKeys(List.of(ForeignKey.of("audit_user_fkey", List.of("user_id"), "users",
                            List.of("id")))))));
        checkSchema(schema -> schema.withSequences(List.of(
                new Sequence("invoice_numbers", "bigint", new SequenceOptions(2000L, 10L, 1L, 99_999L, 5L, true), null,
                        null),
                new Sequence("ticket_numbers", "bigint", SequenceOptions.DEFAULTS, null, null))));
    }

    private static void check(UnaryOperator<Table> usersChange) {
        checkSchema(schema -> schema.withTables(replace(schema.tables(),
                t -> t.name().equals("users") ? usersChange.apply(t) : t)));
    }

    private static void checkSchema(UnaryOperator<Schema> change) {
        try (MySqlRoundTrip roundTrip = new MySqlRoundTrip()) {
            Schema a = roundTrip.create(MySqlSchemas.everything());
            roundTrip.check(a, change.apply(a));
        }
    }

}
