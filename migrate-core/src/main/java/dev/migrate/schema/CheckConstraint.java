package dev.migrate.schema;

import java.util.Objects;

/** A check constraint; {@code expression} is the boolean expression without the {@code CHECK} keyword. */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(expression, "check expression");
    }

    public CheckConstraint withName(String value) {
        return new CheckConstraint(value, expression);
    }

}
