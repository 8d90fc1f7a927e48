package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MySQL Connector/J ({@code jdbc:mysql:}) on the test server: it reports "MySQL" whatever the server, so the MySQL
 * dialect is chosen, and the inspector, which tells the server by its version, reads the same schema as through
 * MariaDB Connector/J.
 */
@ExtendWith(TestDatabases.class)
class MySqlConnectorJTests {

    @Test
    void bothDriversReadTheSameSchema(TestMySql.Database database) throws SQLException {
        database.execute("create table t (id bigint not null auto_increment primary key, name varchar(20) "
                + "default 'x', amount decimal(10,2) not null, constraint t_amount check (amount >= 0))");
        String mysqlUrl = database.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        assertThat(mysqlUrl).startsWith("jdbc:mysql:");
        try (Connection mariaDb = database.connect(); Connection mySql = DriverManager.getConnection(mysqlUrl)) {
            Dialect viaMySqlDriver = Dialects.of(mySql);
            assertThat(viaMySqlDriver.id()).isEqualTo("mysql");
            assertThat(Dialects.of(mariaDb).id()).isEqualTo("mariadb");
            Schema a = Dialects.of(mariaDb).inspect(mariaDb, InspectOptions.schema(database.name()));
            Schema b = viaMySqlDriver.inspect(mySql, InspectOptions.schema(database.name()));
            assertThat(a.tables()).hasSize(1);
            assertThat(b).isEqualTo(a);
        }
    }

}
