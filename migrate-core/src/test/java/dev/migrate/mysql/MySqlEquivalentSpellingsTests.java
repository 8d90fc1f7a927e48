package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spellings that mean the same table give no change: on the server, and between MySQL 8's and MariaDB's catalogs. */
@ExtendWith(TestDatabases.class)
class MySqlEquivalentSpellingsTests {

    private static final String CANONICAL = "create table t (id int not null auto_increment primary key, "
            + "flag tinyint(1) not null default 1, amount decimal(10,0) default 0, ratio double, "
            + "name varchar(20) default 'x', at datetime(6) not null default current_timestamp(6), "
            + "n int unsigned zerofill, c char(1), b bit(1), constraint t_n check (n >= 0))";

    private static final String SPELLED_OTHERWISE = "CREATE TABLE `t` (`id` INTEGER(11) NOT NULL AUTO_INCREMENT, "
            + "`flag` BOOLEAN NOT NULL DEFAULT TRUE, `amount` NUMERIC DEFAULT '0', `ratio` REAL, "
            + "`name` CHARACTER VARYING(20) DEFAULT 'x', `at` DATETIME(6) NOT NULL DEFAULT NOW(6), "
            + "`n` INT(10) ZEROFILL, `c` CHAR, `b` BIT, PRIMARY KEY (`id`), CONSTRAINT `t_n` CHECK ((`n` >= 0)))";

    @Test
    void equivalentDdlInspectsAlike(TestMySql.Database one, TestMySql.Database other) throws SQLException {
        one.execute(CANONICAL);
        other.execute(SPELLED_OTHERWISE);
        Schema a = inspect(one);
        Schema b = inspect(other);
        assertThat(MySqlRoundTrip.DIALECT.differ().diff(a, b)).isEmpty();
        assertThat(MySqlRoundTrip.DIALECT.plan(MySqlRoundTrip.DIALECT.differ().diff(a, b)).isEmpty()).isTrue();
    }

    @Test
    void mySql8AndMariaDbCatalogSpellingsAreTheSame() {
        Schema mariaDb = Schema.of("app", List.of(Table.of("t", List.of(
                Column.of("n", ColumnType.of("int"), true).withDefault("0"),
                Column.of("at", MySqlTypes.parse("datetime"), true).withDefault("current_timestamp()"),
                Column.of("name", MySqlTypes.parse("varchar(20)"), true).withDefault("'x'"),
                Column.of("double_n", MySqlTypes.parse("bigint(20)"), true).withGenerated("`n` * 2")))
            .withChecks(List.of(new CheckConstraint("t_n", "`n` >= 0")))));
        Schema mySql8 = Schema.of("app", List.of(Table.of("t", List.of(
                Column.of("n", MySqlTypes.parse("int"), true).withDefault("'0'"),
                Column.of("at", MySqlTypes.parse("DATETIME"), true).withDefault("CURRENT_TIMESTAMP"),
                Column.of("name", MySqlTypes.parse("VARCHAR(20)"), true).withDefault("'x'"),
                Column.of("double_n", MySqlTypes.parse("bigint"), true).withGenerated("(`n` * 2)")))
            .withChecks(List.of(new CheckConstraint("t_n", "(`n` >= 0)")))));
        assertThat(MySqlRoundTrip.DIALECT.differ().diff(mariaDb, mySql8)).isEmpty();
    }

    private static Schema inspect(TestMySql.Database database) throws SQLException {
        try (var connection = database.connect()) {
            return MySqlRoundTrip.DIALECT.inspect(connection, InspectOptions.schema(database.name()));
        }
    }

}
