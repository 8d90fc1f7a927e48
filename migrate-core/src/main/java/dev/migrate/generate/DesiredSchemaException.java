package dev.migrate.generate;

import java.sql.SQLException;

/** The desired schema's create script (Hibernate's, for the entities) does not apply to the dev database. */
public final class DesiredSchemaException extends RuntimeException {

    DesiredSchemaException(int index, String statement, SQLException cause) {
        super("The entities' create script does not apply to the dev database: statement " + index + " failed: "
                + cause.getMessage() + System.lineSeparator() + "    " + statement + System.lineSeparator()
                + "The mapping produces DDL this database rejects. Check that the dialect (and its version) match "
                + "the dev database, and the column definitions written in the entities.", cause);
    }

}
