package dev.migrate.autoconfigure.liquibase;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrate.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default {@code classpath:db/migrations} packaged in a jar, as an application runs from its fat jar: the gate
 * reads it, and Liquibase applies it through the supplied changelog with classpath paths in DATABASECHANGELOG.
 */
class LiquibaseFromJarTests {

    @TempDir
    Path work;

    @Test
    void appliesAMigrationDirectoryInsideAJar() throws IOException {
        Path dir = Files.createDirectories(this.work.resolve("dir"));
        new MigrationDirectoryFixture(dir).sampleLiquibase();
        Path jar = this.work.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migrations/"));
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    out.putNextEntry(new JarEntry("db/migrations/" + file.getFileName()));
                    Files.copy(file, (OutputStream) out);
                }
            }
        }
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
                getClass().getClassLoader())) {
            new ApplicationContextRunner().withClassLoader(classLoader)
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        LiquibaseAutoConfiguration.class, MigrateLiquibaseAutoConfiguration.class,
                        MigrateAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:jar;DB_CLOSE_DELAY=-1",
                        "management.endpoints.web.exposure.include=migrations")
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
                    assertThat(jdbc.queryForList("SELECT FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED",
                            String.class))
                        .containsExactly("db/migrations/20240101000000_create_authors.sql",
                                "db/migrations/20240102000000_create_books.sql",
                                "db/migrations/20240103000000_add_title.sql");
                    assertThat(context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE).database().status())
                        .isEqualTo("UP_TO_DATE");
                });
        }
    }

}
