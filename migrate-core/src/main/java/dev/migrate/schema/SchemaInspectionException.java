package dev.migrate.schema;

import dev.migrate.MigrateException;

/** Reading a schema from the database failed. */
public class SchemaInspectionException extends MigrateException {

    public SchemaInspectionException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
