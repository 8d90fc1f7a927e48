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

    /**
     * These options with every unset value made explicit the way databases default them: increment 1; ascending from 1
     * to {@code highest}, or descending from -1 to {@code lowest}; starting at the end it moves away from; and the
     * database's {@code defaultCache}.
     */
    public SequenceOptions withDefaults(long lowest, long highest, long defaultCache) {
        long step = increment == null ? 1 : increment;
        long min = minValue != null ? minValue : step > 0 ? 1 : lowest;
        long max = maxValue != null ? maxValue : step > 0 ? highest : -1;
        long first = start != null ? start : step > 0 ? min : max;
        return new SequenceOptions(first, step, min, max, cache != null ? cache : defaultCache, cycle);
    }

}
