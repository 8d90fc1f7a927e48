package dev.migrate.generate;

import java.sql.SQLException;

import dev.migrate.MigrateException;

/** The desired schema's create script (Hibernate's, for the entities) does not apply to the dev database. */
public final class DesiredSchemaException extends MigrateException {

    DesiredSchemaException(int index, String statement, SQLException cause) {
        super("The entities' create script does not apply to the dev database: statement " + index + " failed: "
                + cause.getMessage() + System.lineSeparator() + "    " + statement,
                "The mapping produces DDL this database rejects. Make Hibernate's dialect match the dev database's "
                        + "kind and version (spring.jpa.database-platform, or leave it unset so Hibernate detects "
                        + "it), or change the column definition in the entity that the statement above comes from.",
                cause);
    }

}
