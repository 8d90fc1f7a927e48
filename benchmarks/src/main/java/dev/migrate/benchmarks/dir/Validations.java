package dev.migrate.benchmarks.dir;

import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;

import java.nio.file.Path;

/** What an application does at start-up: locate the directory and verify it against {@code atlas.sum}. */
final class Validations {

    private Validations() {
    }

    static long folder(Path directory) {
        return checked(IntegrityVerifier.verify(MigrationDirectory.ofPath(directory), true));
    }

    /** Through a class loader, as a packaged application finds {@code classpath:db/migrations}. */
    static long classpath(ClassLoader loader, String folder) {
        return checked(IntegrityVerifier.verify(MigrationDirectory.ofClasspath("classpath:" + folder, loader), true));
    }

    private static long checked(IntegrityReport report) {
        if (!report.ok()) {
            throw new IllegalStateException("The benchmark directory does not validate: " + report);
        }
        return report.computed().map(sum -> sum.entries().size()).orElse(0);
    }

}
