package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@link TestDatabases} hands out: a new, empty database per parameter or unset field, gone once its test ended.
 * The last test looks for the earlier ones' databases, so the order is fixed.
 */
@ExtendWith(TestDatabases.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestDatabasesTests {

    private static final List<String> postgresOfTheFirstTest = new ArrayList<>();

    private static final List<String> mySqlOfTheFirstTest = new ArrayList<>();

    private static TestH2Database h2OfTheFirstTest;

    private static TestDatabase ofTheClass;

    private static String fieldOfTheFirstTest;

    private final TestDatabase ofTheInstance;

    private TestDatabase ofTheField;

    TestDatabasesTests(TestDatabase ofTheInstance) {
        this.ofTheInstance = ofTheInstance;
    }

    @BeforeAll
    static void useDatabase(TestDatabase database) {
        ofTheClass = database;
    }

    @Test
    @Order(1)
    void eachParameterIsANewEmptyDatabase(TestDatabase one, TestDatabase other, TestH2Database h2,
            TestMySql.Database mySql, FreshDatabases databases) throws SQLException {
        TestDatabase onDemand = databases.postgres();
        assertThat(List.of(one.name(), other.name(), onDemand.name(), this.ofTheInstance.name(), ofTheClass.name()))
            .doesNotHaveDuplicates();
        assertThat(count(one, "select count(*) from information_schema.tables where table_schema = 'public'"))
            .isZero();
        h2.execute("create table t (id int)");
        mySql.execute("create table t (id int)");
        postgresOfTheFirstTest.addAll(List.of(one.name(), other.name(), onDemand.name(), this.ofTheInstance.name()));
        mySqlOfTheFirstTest.add(mySql.name());
        h2OfTheFirstTest = h2;
    }

    @Test
    @Order(2)
    void anUnsetFieldHoldsANewEmptyDatabaseOfItsOwn(TestDatabase parameter) throws SQLException {
        assertThat(List.of(this.ofTheField.name(), parameter.name(), this.ofTheInstance.name(), ofTheClass.name()))
            .doesNotHaveDuplicates();
        assertThat(count(this.ofTheField,
                "select count(*) from information_schema.tables where table_schema = 'public'")).isZero();
        fieldOfTheFirstTest = this.ofTheField.name();
    }

    @Test
    @Order(3)
    void theDatabasesOfAnEndedTestAreDroppedAndThoseOfTheClassKept() throws SQLException {
        assertThat(postgresOfTheFirstTest).hasSize(4);
        assertThat(count(ofTheClass, "select count(*) from pg_database where datname = '" + fieldOfTheFirstTest + "'"))
            .as("the field's database").isZero();
        for (String name : postgresOfTheFirstTest) {
            assertThat(count(ofTheClass, "select count(*) from pg_database where datname = '" + name + "'"))
                .as(name).isZero();
        }
        assertThat(count(ofTheClass, "select count(*) from pg_database where datname = '" + ofTheClass.name() + "'"))
            .isOne();
        try (Connection server = TestMySql.server().connect()) {
            assertThat(count(server, "select count(*) from information_schema.schemata where schema_name = '"
                    + mySqlOfTheFirstTest.get(0) + "'")).isZero();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(h2OfTheFirstTest.url() + ";IFEXISTS=TRUE",
                h2OfTheFirstTest.username(), h2OfTheFirstTest.password()).close()).isInstanceOf(SQLException.class)
            .hasMessageContaining("not found");
    }

    private static int count(TestDatabase database, String query) throws SQLException {
        try (Connection connection = database.connect()) {
            return count(connection, query);
        }
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
