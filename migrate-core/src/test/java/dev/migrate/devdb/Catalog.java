package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What tests look up in the PostgreSQL catalog. */
final class Catalog {

    private Catalog() {
    }

    static List<String> tables(Connection connection, String schema) throws SQLException {
        return strings(connection, "select table_name from information_schema.tables where table_schema = ? "
                + "order by table_name", schema);
    }

    static List<String> functions(Connection connection, String schema) throws SQLException {
        return strings(connection, "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                + "where n.nspname = ? order by 1", schema);
    }

    static List<String> schemasStartingWith(Connection connection, String prefix) throws SQLException {
        return strings(connection, "select nspname from pg_namespace where starts_with(nspname, ?) order by 1",
                prefix);
    }

    static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                query.setString(index + 1, parameters[index]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

}
