package dev.migrate.autoconfigure.drift;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift never builds the entities' schema in a live H2 database, whose DDL commits at once. */
class DriftDevDatabaseTests {

    @Test
    void aLiveH2DatabaseGetsAPrivateInMemoryDevDatabase() {
        JdbcDataSource live = new JdbcDataSource();
        live.setURL("jdbc:h2:mem:live_" + System.nanoTime());

        DataSource dev = DriftDevDatabase.resolve(new MigrateProperties.Dev(), live);

        assertThat(dev).isNotSameAs(live).isInstanceOfSatisfying(DriverManagerDataSource.class,
                (dataSource) -> assertThat(dataSource.getUrl()).startsWith("jdbc:h2:mem:migrate_dev_"));
    }

    @Test
    void thePrivateDatabaseKeepsTheLiveCompatibilitySettingsOnly() {
        JdbcDataSource live = new JdbcDataSource();
        live.setURL("jdbc:h2:mem:live_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1");

        DataSource dev = DriftDevDatabase.resolve(new MigrateProperties.Dev(), live);

        assertThat(dev).isInstanceOfSatisfying(DriverManagerDataSource.class, (dataSource) -> assertThat(
                dataSource.getUrl()).matches("jdbc:h2:mem:migrate_dev_[0-9a-f]+;MODE=PostgreSQL;DATABASE_TO_LOWER=true;"
                        + "DATABASE_TO_UPPER=false;CASE_INSENSITIVE_IDENTIFIERS=false;DEFAULT_NULL_ORDERING=LOW"));
    }

    @Test
    void migrateDevUrlWins() {
        JdbcDataSource live = new JdbcDataSource();
        live.setURL("jdbc:h2:mem:live_" + System.nanoTime());
        MigrateProperties.Dev properties = new MigrateProperties.Dev();
        properties.setUrl("jdbc:h2:mem:chosen");

        assertThat(DriftDevDatabase.resolve(properties, live)).isInstanceOfSatisfying(DriverManagerDataSource.class,
                (dataSource) -> assertThat(dataSource.getUrl()).isEqualTo("jdbc:h2:mem:chosen"));
    }

}
