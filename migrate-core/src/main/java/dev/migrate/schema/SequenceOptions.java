package dev.migrate.schema;

/**
 * Options shared by sequences and identity columns. A {@code null} value means the database default for the
 * sequence's type and direction; {@link dev.migrate.diff.SchemaNormalizer normalizers} make defaults explicit.
 */
public record SequenceOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {

    public static final SequenceOptions DEFAULTS = new SequenceOptions(null, null, null, null, null, false);

    public SequenceOptions withStart(long value) {
        return new SequenceOptions(value, increment, minValue, maxValue, cache, cycle);
    }

    public SequenceOptions withIncrement(long value) {
        return new SequenceOptions(start, value, minValue, maxValue, cache, cycle);
    }

}
