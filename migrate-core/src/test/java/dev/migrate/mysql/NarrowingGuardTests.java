package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.plan.Plan;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Identity;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A generated narrowing change never changes data silently: on a session whose {@code sql_mode} is not strict (where
 * MySQL and MariaDB would truncate, clip or round with a warning only), a value that does not fit makes the
 * migration fail, and the table and its values are as before.
 */
class NarrowingGuardTests {

    @ParameterizedTest(name = "{0} -> {1} with {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "varchar(10)   | varchar(3)    | 'abcdef'",
        "int           | smallint      | 100000",
        "int unsigned  | int           | 4000000000",
        "decimal(10,2) | decimal(10,1) | 1.25",
        "decimal(10,2) | int           | 2.50",
        "datetime(6)   | datetime      | '2026-01-01 10:00:00.5'",
        "text          | tinytext      | REPEAT('x', 300)",
        "double        | float         | 0.1",
        "enum('a','b') | enum('a')     | 'b'",
        "int           | int NOT NULL  | NULL"})
    void aValueThatDoesNotFitFailsTheMigrationInANonStrictSession(String from, String to, String value)
            throws SQLException {
        try (MySqlRoundTrip db = new MySqlRoundTrip(); Statement statement = db.connection().createStatement()) {
            statement.execute("SET SESSION sql_mode = ''");
            Schema a = db.create(schema(from));
            statement.execute("INSERT INTO `t` (`id`, `v`) VALUES (1, " + value + ")");
            String before = value(statement);
            Plan plan = MySqlRoundTrip.plan(a, schema(to));
            assertThat(plan.toSql()).contains("CHECK (");
            assertThatThrownBy(() -> db.apply(plan.statements())).hasMessageContaining("migrate_v_fits");
            assertThat(value(statement)).as("value untouched").isEqualTo(before);
            MySqlRoundTrip.assertSameSchema(db.inspect(), a);
        }
    }

    @Test
    void valuesThatFitAreKept() throws SQLException {
        try (MySqlRoundTrip db = new MySqlRoundTrip(); Statement statement = db.connection().createStatement()) {
            statement.execute("SET SESSION sql_mode = ''");
            Schema a = db.create(schema("decimal(10,2)"));
            statement.execute("INSERT INTO `t` (`id`, `v`) VALUES (1, 1.20)");
            db.apply(MySqlRoundTrip.plan(a, schema("decimal(10,1)")).statements());
            assertThat(value(statement)).isEqualTo("1.2");
            MySqlRoundTrip.assertSameSchema(db.inspect(), schema("decimal(10,1)"));
        }
    }

    @Test
    void anAutoIncrementColumnIsGuardedByAQuery() throws SQLException {
        try (MySqlRoundTrip db = new MySqlRoundTrip(); Statement statement = db.connection().createStatement()) {
            statement.execute("SET SESSION sql_mode = ''");
            Schema a = db.create(Schema.of("public", List.of(Table.of("s", List.of(Column.of("id",
                    ColumnType.of("bigint"), false).withIdentity(Identity.byDefault())))
                .withPrimaryKey(new PrimaryKey(null, List.of("id"))))));
            statement.execute("INSERT INTO `s` (`id`) VALUES (3000000000)");
            Schema b = Schema.of("public", List.of(Table.of("s", List.of(Column.of("id", ColumnType.of("int"), false)
                .withIdentity(Identity.byDefault()))).withPrimaryKey(new PrimaryKey(null, List.of("id")))));
            assertThatThrownBy(() -> db.apply(MySqlRoundTrip.plan(a, b).statements()))
                .hasMessageContaining("Subquery returns more than 1 row");
            try (ResultSet row = statement.executeQuery("SELECT `id` FROM `s`")) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(3_000_000_000L);
            }
        }
    }

    @Test
    void aNotNullColumnWithoutADefaultIsNotAddedToATableWithRows() throws SQLException {
        try (MySqlRoundTrip db = new MySqlRoundTrip(); Statement statement = db.connection().createStatement()) {
            Schema a = db.create(schema("int"));
            Table withLevel = schema("int").tables().get(0);
            Schema b = Schema.of("public", List.of(withLevel.withColumns(List.of(withLevel.columns().get(0),
                    withLevel.columns().get(1), Column.of("level", ColumnType.of("int"), false)))));
            Plan plan = MySqlRoundTrip.plan(a, b);
            statement.execute("INSERT INTO `t` (`id`, `v`) VALUES (1, 1)");
            assertThatThrownBy(() -> db.apply(plan.statements())).hasMessageContaining("migrate_level_needs_a_default");
            MySqlRoundTrip.assertSameSchema(db.inspect(), a);
            statement.execute("DELETE FROM `t`");
            db.apply(plan.statements());
            MySqlRoundTrip.assertSameSchema(db.inspect(), b);
        }
    }

    @Test
    void aChangeNoGuardCanCheckIsRefusedWhenPlanned() {
        assertThatThrownBy(() -> MySqlRoundTrip.plan(schema("varchar(10)"), schema("int")))
            .isInstanceOf(UnsupportedChangeException.class)
            .hasMessageContaining("Changing column v from varchar(10) to int may change its values")
            .hasMessageContaining("write this change by hand")
            .satisfies(ex -> assertThat(((UnsupportedChangeException) ex).fix()).contains("UPDATE")
                .contains("MODIFY COLUMN").contains("migrate:new"));
    }

    private static Schema schema(String type) {
        boolean notNull = type.endsWith(" NOT NULL");
        Column v = Column.of("v", MySqlTypes.parse(type.replace(" NOT NULL", "")), !notNull);
        return Schema.of("public", List.of(Table.of("t", List.of(Column.of("id", ColumnType.of("int"), false), v))
            .withPrimaryKey(new PrimaryKey(null, List.of("id")))));
    }

    private static String value(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT `v` FROM `t`")) {
            row.next();
            return row.getString(1);
        }
    }


}
