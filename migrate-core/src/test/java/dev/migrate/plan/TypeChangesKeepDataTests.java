package dev.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Table;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/**
 * No generated type change alters data silently. For every pair of column types, the column is filled with values at
 * the old type's limits and the planned change is applied: either every value reads back unchanged (compared in SQL,
 * in the old type, against a copy taken before) or a statement fails. On PostgreSQL and H2.
 */
@ExtendWith(TestDatabases.class)
class TypeChangesKeepDataTests {

    /**
     * Each type, spelled as PostgreSQL and as H2 inspect it, with values at its limits as literals cast to the type
     * (the same on both, but where H2's spelling of a value differs).
     */
    private static final List<TypeLimits> TYPES = List.of(
            new TypeLimits("smallint", "SMALLINT", List.of("-32768", "32767", "0")),
            new TypeLimits("integer", "INTEGER", List.of("-2147483648", "2147483647", "7")),
            new TypeLimits("bigint", "BIGINT", List.of("-9223372036854775808", "9223372036854775807", "16777217")),
            new TypeLimits("numeric(10,2)", "NUMERIC(10,2)", List.of("99999999.99", "-99999999.99", "0.01")),
            new TypeLimits("numeric(5,1)", "NUMERIC(5,1)", List.of("9999.9", "-9999.9", "0.1")),
            new TypeLimits("numeric(12,4)", "NUMERIC(12,4)", List.of("99999999.9999", "0.0001", "-1.5")),
            new TypeLimits("real", "REAL", List.of("3.4028235e38", "1.4e-45", "0.1")),
            new TypeLimits("double precision", "DOUBLE PRECISION",
                    List.of("1.7976931348623157e308", "4.9e-324", "0.1")),
            new TypeLimits("character varying(10)", "CHARACTER VARYING(10)", List.of("abcdefghij", "", "1.50")),
            new TypeLimits("character varying(255)", "CHARACTER VARYING(255)",
                    List.of("x".repeat(255), "2024-01-01", "12")),
            new TypeLimits("text", "CHARACTER VARYING", List.of("y".repeat(720), "true", "-32768"),
                    List.of("y".repeat(720), "TRUE", "-32768")),
            new TypeLimits("character(5)", "CHARACTER(5)", List.of("abcde", "ab", "00042")),
            new TypeLimits("boolean", "BOOLEAN", List.of("true", "false"), List.of("TRUE", "FALSE")),
            new TypeLimits("date", "DATE", List.of("0001-01-01", "9999-12-31")),
            new TypeLimits("timestamp(6) without time zone", "TIMESTAMP(6)",
                    List.of("2024-01-01 12:34:56.123456", "0001-01-01 00:00:00")),
            new TypeLimits("timestamp(3) without time zone", "TIMESTAMP(3)",
                    List.of("2024-01-01 12:34:56.123", "9999-12-31 23:59:59.999")),
            new TypeLimits("timestamp(6) with time zone", "TIMESTAMP(6) WITH TIME ZONE",
                    List.of("2024-01-01 12:34:56.123456+02", "1970-01-01 00:00:00+00")),
            new TypeLimits("time(6) without time zone", "TIME(6)", List.of("23:59:59.999999", "00:00:00")));

    private static final Map<String, List<String>> POSTGRES = types(TypeLimits::postgres, TypeLimits::postgresValues);

    private static final Map<String, List<String>> H2 = types(TypeLimits::h2, TypeLimits::h2Values);

    @Test
    void everyTypeChangeOnPostgresqlKeepsEveryValueOrFails(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(true);
            check(connection, "public", POSTGRES);
        }
    }

    @Test
    void everyTypeChangeOnH2KeepsEveryValueOrFails() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
            check(connection, "PUBLIC", H2);
        }
    }

    private static void check(Connection connection, String schema, Map<String, List<String>> types)
            throws SQLException {
        Dialect dialect = Dialect.of(connection);
        Map<String, Column> columns = inspectTypes(connection, dialect, schema, types);
        List<String> silentChanges = new ArrayList<>();
        int kept = 0;
        int failed = 0;
        int guarded = 0;
        for (Map.Entry<String, List<String>> from : types.entrySet()) {
            for (String to : types.keySet()) {
                if (to.equals(from.getKey())) {
                    continue;
                }
                AlterColumn change = new AlterColumn("t", columns.get(from.getKey()),
                        columns.get(to).withNullable(true));
                Plan plan = dialect.plan(List.<SchemaChange>of(change));
                if (plan.changes().get(0).risks().stream().anyMatch(r -> r.code() == RiskCode.MG101)) {
                    guarded++;
                }
                execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, c " + from.getKey() + ")");
                List<String> values = from.getValue();
                for (int i = 0; i < values.size(); i++) {
                    execute(connection, "INSERT INTO t VALUES (" + i + ", CAST('" + values.get(i) + "' AS "
                            + from.getKey() + "))");
                }
                execute(connection, "CREATE TABLE before_change AS SELECT id, c FROM t");
                boolean applied = apply(connection, plan.statements());
                if (applied) {
                    int changed = changedRows(connection, from.getKey());
                    if (changed != 0) {
                        silentChanges.add(from.getKey() + " -> " + to + " (" + changed + " values changed by "
                                + plan.statements() + ")");
                    }
                    kept++;
                }
                else {
                    failed++;
                }
                execute(connection, "DROP TABLE t");
                execute(connection, "DROP TABLE before_change");
            }
        }
        assertThat(silentChanges).as("type changes that altered data without failing").isEmpty();
        // The check must have seen both outcomes, and the planner must have flagged narrowing changes.
        assertThat(kept).isPositive();
        assertThat(failed).isPositive();
        assertThat(guarded).isPositive();
    }

    /** The model's column of each type, as the dialect's inspector reads it. */
    private static Map<String, Column> inspectTypes(Connection connection, Dialect dialect, String schema,
            Map<String, List<String>> types) throws SQLException {
        List<String> names = new ArrayList<>(types.keySet());
        StringBuilder create = new StringBuilder("CREATE TABLE type_samples (");
        for (int i = 0; i < names.size(); i++) {
            create.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(names.get(i));
        }
        execute(connection, create.append(')').toString());
        Table samples = dialect.inspect(connection, InspectOptions.schema(schema)).tables().stream()
            .filter(table -> table.name().equalsIgnoreCase("type_samples"))
            .findFirst()
            .orElseThrow();
        execute(connection, "DROP TABLE type_samples");
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = "c" + i;
            Column column = samples.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow();
            columns.put(names.get(i), new Column(samples.columns().get(0).name().equals("c0") ? "c" : "C",
                    column.type(), true, null, null, null, null, null));
        }
        return columns;
    }

    private static boolean apply(Connection connection, List<String> statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            return true;
        }
        catch (SQLException ex) {
            return false;
        }
    }

    /** Rows whose value, read back in the old type, differs from the copy taken before the change. */
    private static int changedRows(Connection connection, String oldType) throws SQLException {
        String sql = "SELECT COUNT(*) FROM t JOIN before_change b ON t.id = b.id WHERE t.c IS NULL OR "
                + "CAST(t.c AS " + oldType + ") <> b.c";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
        catch (SQLException ex) {
            return -1; // cannot even be read back as the old type: changed
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, List<String>> types(Function<TypeLimits, String> name,
            Function<TypeLimits, List<String>> values) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        TYPES.forEach(type -> types.put(name.apply(type), values.apply(type)));
        return types;
    }

    private record TypeLimits(String postgres, String h2, List<String> postgresValues, List<String> h2Values) {

        TypeLimits(String postgres, String h2, List<String> values) {
            this(postgres, h2, values, values);
        }

    }

}
