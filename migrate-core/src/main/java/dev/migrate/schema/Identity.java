package dev.migrate.schema;

import java.util.Objects;

/** An identity column's generation ({@code ALWAYS} or {@code BY DEFAULT}) and its sequence options. */
public record Identity(boolean always, SequenceOptions options) {

    public Identity {
        Objects.requireNonNull(options, "identity options");
    }

    public static Identity byDefault() {
        return new Identity(false, SequenceOptions.DEFAULTS);
    }

    public static Identity generatedAlways() {
        return new Identity(true, SequenceOptions.DEFAULTS);
    }

}
