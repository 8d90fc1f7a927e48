package dev.migrate.autoconfigure;

import java.util.List;

import dev.migrate.autoconfigure.dev.MigrationDiffException;
import dev.migrate.autoconfigure.status.OutOfOrderMigrationException;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.UnsupportedDatabaseException;
import dev.migrate.dir.Direction;
import dev.migrate.dir.MigrationFile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The failure analysis of any {@link dev.migrate.MigrateException}, core's or the starter's: its message as the
 * description, its fix as the action, wherever it is in the cause chain.
 */
class MigrateFailureAnalyzerTests {

    private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

    @Test
    void anErrorOfCoreIsAnalyzedWithItsFix() {
        UnsupportedDatabaseException unsupported = catchThrowableOfType(() -> Dialects.forProduct("Oracle"),
                UnsupportedDatabaseException.class);
        FailureAnalysis analysis = this.analyzer
            .analyze(new BeanCreationException("migrateDiffRunner", "Initialization failed", unsupported));
        assertThat(analysis.getDescription()).isEqualTo(unsupported.getMessage()).contains("The database is Oracle");
        assertThat(analysis.getAction()).isEqualTo(unsupported.fix()).contains("migrate.dev.url");
        assertThat(analysis.getCause()).isSameAs(unsupported);
    }

    @Test
    void aStartupFailureOfTheStarterIsAnalyzedWithItsFix() {
        OutOfOrderMigrationException outOfOrder = new OutOfOrderMigrationException("classpath:db/migrations",
                List.of(new MigrationFile("20240102000000_b.sql", "20240102000000", "b", Direction.UP)),
                new MigrationFile("20240103000000_c.sql", "20240103000000", "c", Direction.UP));
        FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("context", outOfOrder));
        assertThat(analysis.getDescription()).startsWith("The database has applied 20240103000000_c.sql");
        assertThat(analysis.getAction()).startsWith("Give 20240102000000_b.sql a version newer than 20240103000000")
            .contains("migrate.allow-out-of-order=true");
    }

    @Test
    void theOutermostMigrateExceptionIsTheOneReported() {
        UnsupportedDatabaseException unsupported = catchThrowableOfType(() -> Dialects.forProduct("Oracle"),
                UnsupportedDatabaseException.class);
        MigrationDiffException diff = new MigrationDiffException("Generating a migration failed.", "Do this.",
                unsupported);
        FailureAnalysis analysis = this.analyzer.analyze(diff);
        assertThat(analysis.getDescription()).isEqualTo("Generating a migration failed.");
        assertThat(analysis.getAction()).isEqualTo("Do this.");
    }

    @Test
    void anotherFailureIsLeftToOtherAnalyzers() {
        assertThat(this.analyzer.analyze(new IllegalStateException("no", new RuntimeException("cause")))).isNull();
    }

}
