package dev.migrate.schema;

import java.util.Objects;

/**
 * A table column. {@code defaultExpression} and {@code generatedExpression} are SQL expressions as the database
 * would print them; {@code identity} is {@code null} for a column that is not an identity column; {@code collation}
 * is {@code null} for the type's default collation.
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
        String generatedExpression, String collation, String comment) {

    public Column {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "type of column " + name);
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null);
    }

    public Column withType(ColumnType value) {
        return new Column(name, value, nullable, defaultExpression, identity, generatedExpression, collation, comment);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, defaultExpression, identity, generatedExpression, collation, comment);
    }

    public Column withDefault(String value) {
        return new Column(name, type, nullable, value, identity, generatedExpression, collation, comment);
    }

    public Column withIdentity(Identity value) {
        return new Column(name, type, nullable, defaultExpression, value, generatedExpression, collation, comment);
    }

    public Column withGenerated(String value) {
        return new Column(name, type, nullable, defaultExpression, identity, value, collation, comment);
    }

    public Column withCollation(String value) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, value, comment);
    }

    public Column withComment(String value) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, collation, value);
    }

}
