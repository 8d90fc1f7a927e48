package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExecutionOrderTests {

    @Test
    void versionedExecutorsRunByVersion() {
        assertThat(order(MigrationFormat.GOLANG_MIGRATE, "10_users.up.sql", "2_posts.up.sql"))
            .containsExactly("2_posts.up.sql", "10_users.up.sql");
        assertThat(order(MigrationFormat.FLYWAY, "V10__users.sql", "V2__posts.sql"))
            .containsExactly("V2__posts.sql", "V10__users.sql");
    }

    @Test
    void liquibaseAndAtlasRunByFileName() {
        assertThat(order(MigrationFormat.LIQUIBASE, "10_users.sql", "2_posts.sql"))
            .containsExactly("10_users.sql", "2_posts.sql");
        assertThat(order(MigrationFormat.ATLAS, "10_users.sql", "2_posts.sql"))
            .containsExactly("10_users.sql", "2_posts.sql");
    }

    private static List<String> order(MigrationFormat format, String... names) {
        return MigrationSet.of("test", List.of(names), format).upFilesInExecutionOrder().stream()
            .map(MigrationFile::name).toList();
    }

}
