package dev.migrate.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * The schema a create script makes, read by the dev database's inspector: the script runs in a throwaway schema
 * ({@link DevDatabase#inThrowawaySchema}), rolled back on PostgreSQL, so building it never leaves or commits anything.
 */
public final class DesiredSchema {

    private DesiredSchema() {
    }

    /**
     * @param script create statements, unqualified (Hibernate's create script for the dev database's dialect)
     * @throws DesiredSchemaException when a statement fails
     */
    public static Schema build(DevDatabase dev, List<String> script) {
        return dev.inThrowawaySchema((connection, schema) -> {
            apply(connection, script);
            return dev.dialect().inspect(connection, InspectOptions.schema(schema));
        });
    }

    private static void apply(Connection connection, List<String> script) {
        for (int index = 0; index < script.size(); index++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(script.get(index));
            }
            catch (SQLException ex) {
                throw new DesiredSchemaException(index + 1, script.get(index), ex);
            }
        }
    }

}
