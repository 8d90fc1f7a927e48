package dev.migrate.schema;

/** Reading a schema from the database failed. */
public class SchemaInspectionException extends RuntimeException {

    public SchemaInspectionException(String message, Throwable cause) {
        super(message, cause);
    }

}
