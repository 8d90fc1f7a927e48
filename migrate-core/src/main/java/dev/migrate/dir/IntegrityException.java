package dev.migrate.dir;

/** A directory failed its integrity check; carries the whole report. */
public class IntegrityException extends MigrationDirectoryException {

    private final IntegrityReport report;

    public IntegrityException(IntegrityReport report) {
        super(report.describe(), report.remedy());
        this.report = report;
    }

    public IntegrityReport report() {
        return report;
    }

}
