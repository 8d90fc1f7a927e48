package dev.migrate.generate;

/**
 * How a diff treats what the entities do not map.
 *
 * @param dropUnmappedTables whether tables the directory creates but no entity maps are dropped (false: they are
 * left alone, which is the default of {@code migrate.diff.drop-unmapped-tables})
 */
public record DiffOptions(boolean dropUnmappedTables) {

    public static final DiffOptions DEFAULTS = new DiffOptions(false);

}
