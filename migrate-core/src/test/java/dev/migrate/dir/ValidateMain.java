package dev.migrate.dir;

/** Validates the directory given as argument and prints the status and the sum, for tests that need a fresh JVM. */
public final class ValidateMain {

    private ValidateMain() {
    }

    public static void main(String[] args) {
        try {
            IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(java.nio.file.Path.of(args[0])),
                    true);
            System.out.println("jnu=" + System.getProperty("sun.jnu.encoding"));
            System.out.println("status=" + report.status());
            // The total only: this JVM may print nothing but ASCII.
            System.out.println("total=" + report.computed().map(SumFile::total).orElse(""));
        }
        catch (MigrationDirectoryException ex) {
            System.out.println("error=" + ex.getMessage() + " | " + ex.fix());
        }
    }

}
