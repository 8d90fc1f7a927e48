package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

import dev.migrate.postgres.Postgres;
import dev.migrate.postgres.Postgres.CatalogQuery;
import dev.migrate.schema.InspectOptions;

/** The other ways of reading a schema that the inspector is compared with. Each returns a count, to be checked. */
final class Contenders {

    private Contenders() {
    }

    /** Liquibase's snapshot of the schema; returns the number of tables it saw. */
    static int liquibaseSnapshot(Connection connection, String schema) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance()
                .createSnapshot(new CatalogAndSchema(null, schema), database, new SnapshotControl(database));
        return snapshot.get(Table.class).size();
    }

    /** Per-table JDBC metadata calls: columns, primary key, foreign keys and indexes; returns the rows read. */
    static int perTableMetadata(Connection connection, String schema) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        int read = 0;
        for (String table : tables) {
            read += drain(metadata.getColumns(null, schema, table, "%"));
            read += drain(metadata.getPrimaryKeys(null, schema, table));
            read += drain(metadata.getImportedKeys(null, schema, table));
            read += drain(metadata.getIndexInfo(null, schema, table, false, false));
        }
        return read;
    }

    /** The inspector's own catalog queries, rows fetched and every value read, but no model built. */
    static int bareCatalogQueries(Connection connection, String schema) throws SQLException {
        InspectOptions options = InspectOptions.schema(schema);
        int read = 0;
        for (CatalogQuery query : Postgres.catalogQueries()) {
            try (PreparedStatement statement = query.prepare(connection, options)) {
                read += drain(statement.executeQuery());
            }
        }
        return read;
    }

    private static int drain(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            int count = 0;
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getString(i);
                }
                count++;
            }
            return count;
        }
    }

}
