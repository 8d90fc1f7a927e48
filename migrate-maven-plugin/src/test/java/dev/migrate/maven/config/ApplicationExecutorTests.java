package dev.migrate.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.dir.MigrationFormat;

class ApplicationExecutorTests {

    @Test
    void theFormatFollowsTheApplication() {
        assertThat(ApplicationExecutor.format(Optional.of("golang-migrate"), Set.of("liquibase-core")))
            .isEqualTo(MigrationFormat.GOLANG_MIGRATE);
        assertThat(ApplicationExecutor.format(Optional.empty(), Set.of("flyway-core", "liquibase-core")))
            .isEqualTo(MigrationFormat.LIQUIBASE);
        assertThat(ApplicationExecutor.format(Optional.empty(), Set.of("flyway-core", "flyway-database-postgresql")))
            .isEqualTo(MigrationFormat.FLYWAY);
        assertThat(ApplicationExecutor.format(Optional.empty(), Set.of("hibernate-core")))
            .isEqualTo(MigrationFormat.ATLAS);
    }

    @Test
    void theDirectoryIsTheSourceFolderOfMigrateDir() {
        Path project = Path.of("/work/shop");
        assertThat(ApplicationDirectory.sourceFolder(project, "classpath:db/migrations"))
            .isEqualTo(Path.of("/work/shop/src/main/resources/db/migrations"));
        assertThat(ApplicationDirectory.sourceFolder(project, "classpath:/db/changes/"))
            .isEqualTo(Path.of("/work/shop/src/main/resources/db/changes"));
        assertThat(ApplicationDirectory.sourceFolder(project, "db/x"))
            .isEqualTo(Path.of("/work/shop/src/main/resources/db/x"));
        assertThat(ApplicationDirectory.sourceFolder(project, "file:migrations"))
            .isEqualTo(Path.of("/work/shop/migrations"));
        assertThat(ApplicationDirectory.sourceFolder(project, "file:/srv/migrations"))
            .isEqualTo(Path.of("/srv/migrations"));
    }

}
