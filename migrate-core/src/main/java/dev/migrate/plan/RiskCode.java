package dev.migrate.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coded findings of a migration, shared by the comments of a generated file, the {@code dev} review stop and the
 * linter. Where Atlas's {@code migrate lint} has the same check, the code and its meaning are Atlas's (so
 * {@code -- atlas:nolint DS103} reads the same here); the {@code MG1xx} codes are checks of our own.
 */
public enum RiskCode {

    DS101(RiskCategory.DESTRUCTIVE, "schema dropped"),
    DS102(RiskCategory.DESTRUCTIVE, "table dropped"),
    DS103(RiskCategory.DESTRUCTIVE, "non-virtual column dropped"),

    MF101(RiskCategory.DATA_DEPENDENT, "unique index added on existing column(s)"),
    MF102(RiskCategory.DATA_DEPENDENT, "non-unique index made unique"),
    MF103(RiskCategory.DATA_DEPENDENT, "NOT NULL column added without default to an existing table"),
    MF104(RiskCategory.DATA_DEPENDENT, "nullable column made NOT NULL"),

    BC101(RiskCategory.BACKWARD_INCOMPATIBLE, "table renamed"),
    BC102(RiskCategory.BACKWARD_INCOMPATIBLE, "column renamed"),

    CD101(RiskCategory.CONSTRAINT_DELETION, "foreign key dropped"),

    /** A column type that does not hold every value of the old one: the statement fails on a value that does not fit. */
    MG101(RiskCategory.DATA_DEPENDENT, "column type narrowed"),
    /** A check constraint added to an existing table: existing rows must satisfy it. */
    MG102(RiskCategory.DATA_DEPENDENT, "check constraint added on existing data"),
    /** A primary key added on existing columns: they must be unique and not null. */
    MG103(RiskCategory.DATA_DEPENDENT, "primary key added on existing column(s)"),
    /** A foreign key added on existing columns: every value must have its referenced row. */
    MG104(RiskCategory.DATA_DEPENDENT, "foreign key added on existing column(s)"),
    /** A sequence dropped: its current value, and so the next key, is lost. */
    MG105(RiskCategory.DESTRUCTIVE, "sequence dropped"),
    /** A stored column becomes generated: its values are replaced by the expression's. */
    MG106(RiskCategory.DESTRUCTIVE, "column made generated");

    private final RiskCategory category;
    private final String title;

    RiskCode(RiskCategory category, String title) {
        this.category = category;
        this.title = title;
    }

    public RiskCategory category() {
        return category;
    }

    /** A few words that say what the check finds, e.g. {@code table dropped}. */
    String title() {
        return title;
    }

    /** The code of that name, case-insensitively, e.g. from an {@code atlas:nolint} directive. */
    static Optional<RiskCode> named(String name) {
        return Arrays.stream(values()).filter(code -> code.name().equalsIgnoreCase(name)).findFirst();
    }

}
