package dev.migrate.plan;

import java.util.Objects;

/**
 * One coded finding about one change, e.g. {@code DS103 Dropping non-virtual column "body" of table "notes"}.
 *
 * @param message what is at risk, naming the objects (table, column, types), in Atlas's wording where Atlas has the
 * check
 */
public record Risk(RiskCode code, String message) {

    public Risk {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public RiskCategory category() {
        return code.category();
    }

    /** The comment line a generated file carries above the statements, without the leading {@code -- }. */
    String comment() {
        return code + " (" + code.category().label()
                + "): " + message.replace("\r", "\\r").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return code + " " + message;
    }

}
