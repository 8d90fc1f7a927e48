package dev.migrate.autoconfigure.dev;

import dev.migrate.MigrateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure while diffing becomes this run's, keeping the fix it carries. */
class MigrationDiffExceptionTests {

    @Test
    void migratesOwnFailureKeepsItsFix() {
        MigrateException cause = new MigrateException("Cannot connect to the dev database: refused",
                "Start the dev database.");
        MigrationDiffException failure = MigrationDiffException.whileGenerating(cause);
        assertThat(failure).hasMessage("Generating a migration from the entities failed: Cannot connect to the dev "
                + "database: refused").hasCause(cause);
        assertThat(failure.fix()).isEqualTo("Start the dev database. Then start again; nothing was written and "
                + "nothing was applied.");
    }

    @Test
    void anyOtherFailureAsksToFixTheCauseShown() {
        MigrationDiffException failure = MigrationDiffException.whileGenerating(new IllegalStateException("boom"));
        assertThat(failure).hasMessage("Generating a migration from the entities failed: boom");
        assertThat(failure.fix())
            .isEqualTo("Fix the cause above and start again; nothing was written and nothing was applied.");
    }

    @Test
    void theRunsOwnFailureStaysAsItIs() {
        MigrationDiffException own = new MigrationDiffException("The application has no DataSource.", "Set one.",
                null);
        assertThat(MigrationDiffException.whileGenerating(own)).isSameAs(own);
    }

}
