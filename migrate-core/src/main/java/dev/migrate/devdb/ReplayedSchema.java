package dev.migrate.devdb;

/**
 * A schema of the dev database holding what a migration directory creates, ready to be inspected. Close it when
 * done: a scratch replay is dropped then, a cached one is kept for the next run.
 */
public final class ReplayedSchema implements AutoCloseable {

    private final String name;
    private final boolean cacheHit;
    private final ReplayReport report;
    private final ScratchSchema scratch;

    private ReplayedSchema(String name, boolean cacheHit, ReplayReport report, ScratchSchema scratch) {
        this.name = name;
        this.cacheHit = cacheHit;
        this.report = report;
        this.scratch = scratch;
    }

    static ReplayedSchema fromCache(String name) {
        return new ReplayedSchema(name, true, ReplayReport.NOTHING, null);
    }

    static ReplayedSchema cached(String name, ReplayReport report) {
        return new ReplayedSchema(name, false, report, null);
    }

    static ReplayedSchema scratch(ScratchSchema scratch, ReplayReport report) {
        return new ReplayedSchema(scratch.name(), false, report, scratch);
    }

    /** The schema to inspect. */
    public String name() {
        return name;
    }

    /** True when the directory was unchanged and nothing was replayed. */
    public boolean cacheHit() {
        return cacheHit;
    }

    /** What the replay executed; no files and no statements on a cache hit. */
    ReplayReport report() {
        return report;
    }

    @Override
    public void close() {
        if (scratch != null) {
            scratch.close();
        }
    }

}
