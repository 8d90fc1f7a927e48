package dev.migrate.autoconfigure.drift;

import java.nio.file.Path;
import java.util.UUID;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.drift.library.Book;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.testing.FreshDatabases;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift on a database that Hibernate created at startup ({@code ddl-auto=create}) for entities with a join table with
 * explicit join columns, an element collection, a composite key and joined inheritance: {@code IN_SYNC}, since the
 * desired side orders columns as that SessionFactory does. A hand-written index on a mapped table is listed as an
 * extra, not as drift.
 */
@ExtendWith(TestDatabases.class)
class DdlAutoDriftTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void aSchemaHibernateCreatedIsInSyncAndAHandWrittenIndexIsAnExtra(String database, FreshDatabases databases) {
        if (database.equals("h2")) {
            check("jdbc:h2:mem:ddl_auto_" + UUID.randomUUID().toString().replace("-", ""), "sa", "");
            return;
        }
        TestDatabase postgres = databases.postgres();
        check(postgres.url(), postgres.username(), postgres.password());
    }

    private void check(String url, String user, String password) {
        new MigrationDirectoryFixture(this.dir).hash();
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(LibraryConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password, "spring.jpa.hibernate.ddl-auto=create",
                    "migrate.dir=file:" + this.dir, "migrate.drift.cache-ttl=0s", "migrate.drift.timeout=60s")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                EntityDrift drift = context.getBean(EntityDrift.class);
                DriftReport report = drift.compute();
                assertThat(report.status()).as("%s %s", report.reason(), report.changes())
                    .isEqualTo(DriftReport.Status.IN_SYNC);
                assertThat(report.extras()).isEmpty();

                new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                    .execute("CREATE INDEX ix_loan_due ON loan (due)");
                report = drift.compute();
                assertThat(report.status()).as("%s %s", report.reason(), report.changes())
                    .isEqualTo(DriftReport.Status.IN_SYNC);
                assertThat(report.extras()).singleElement().asString()
                    .isEqualToIgnoringCase("index \"ix_loan_due\" on table \"loan\"");
            });
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Book.class)
    static class LibraryConfiguration {

    }

}
