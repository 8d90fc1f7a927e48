package dev.migrate.schema;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** The action a catalog's {@code update_rule} or {@code delete_rule} names; {@code NO ACTION} when none. */
    public static ReferentialAction ofRule(String rule) {
        for (ReferentialAction action : values()) {
            if (action.sql.equalsIgnoreCase(rule)) {
                return action;
            }
        }
        return NO_ACTION;
    }
}
