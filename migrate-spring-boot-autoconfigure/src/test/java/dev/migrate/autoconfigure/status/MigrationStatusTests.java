package dev.migrate.autoconfigure.status;

import java.util.List;
import java.util.Set;

import dev.migrate.autoconfigure.database.DatabaseState;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationStatusTests {

    private final List<MigrationFile> files = List.of(file("1_a.sql"), file("2_b.sql"), file("3_c.sql"),
            file("4_d.sql"));

    @Test
    void upToDateWhenEverythingIsApplied() {
        MigrationStatus status = MigrationStatus.of(this.files,
                DatabaseState.applied("liquibase", Set.of("1_a.sql", "2_b.sql", "3_c.sql", "4_d.sql")));
        assertThat(status.databaseStatus()).isEqualTo(DatabaseStatus.UP_TO_DATE);
        assertThat(status.currentVersion()).hasValue("4");
        assertThat(status.applied()).isEqualTo(4);
    }

    @Test
    void newerFilesArePendingAndOlderUnappliedOnesAreOutOfOrder() {
        MigrationStatus status = MigrationStatus.of(this.files,
                DatabaseState.applied("liquibase", Set.of("1_a.sql", "3_c.sql")));
        assertThat(status.migrations()).extracting(MigrationStatus.FileStatus::state)
            .containsExactly(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.APPLIED,
                    MigrationState.PENDING);
        assertThat(status.databaseStatus()).isEqualTo(DatabaseStatus.PENDING);
        assertThat(status.pending()).isEqualTo(2);
        assertThat(status.currentVersion()).hasValue("3");
        assertThat(status.outOfOrder()).extracting(MigrationFile::name).containsExactly("2_b.sql");
    }

    @Test
    void unknownWhenTheDatabaseIsUnavailable() {
        MigrationStatus status = MigrationStatus.of(this.files, DatabaseState.unavailable("flyway", "refused"));
        assertThat(status.databaseStatus()).isEqualTo(DatabaseStatus.UNAVAILABLE);
        assertThat(status.migrations()).allMatch((file) -> file.state() == MigrationState.UNKNOWN);
        assertThat(status.currentVersion()).isEmpty();
    }

    private static MigrationFile file(String name) {
        return MigrationFormat.LIQUIBASE.parse(name).orElseThrow();
    }

}
