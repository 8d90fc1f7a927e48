package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.hibernate.naming.ShopPrefixNamingStrategy;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

@ExtendWith(TestDatabases.class)
class EntitySchemaScriptTests {

    private static EntityModel model;

    @BeforeAll
    static void scanModel() {
        model = ShopModel.scan();
    }

    @Test
    void scanningFindsEveryEntityOfThePackage() {
        assertThat(model.entityCount()).isEqualTo(32);
        assertThat(model.classes()).extracting(Class::getSimpleName)
            .contains("Address", "Money", "AuditedEntity", "OrderLineId")
            .doesNotContain("CustomerStatus");
    }

    @Test
    void scanningAnEmptyPackageSaysTheNameIsProbablyWrong() {
        assertThatThrownBy(() -> EntityModel.scan(getClass().getClassLoader(), "dev.migrate.hibernate.nothing"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("No @Entity class found in package(s) dev.migrate.hibernate.nothing");
    }

    @Test
    void postgresqlScriptUsesSnakeCaseNamesAndAppliesOnAFreshDatabase(TestDatabase db) throws SQLException {
        List<String> script = EntitySchemaScript.create(model, HibernateSettings.postgresql());

        assertThat(script).anyMatch(sql -> sql.startsWith("create table orders ("))
            .anyMatch(sql -> sql.startsWith("create table product_categories ("))
            .anyMatch(sql -> sql.startsWith("create table customer_phone_numbers ("))
            .anyMatch(sql -> sql.startsWith("create sequence product_seq start with 1 increment by 50"))
            .anyMatch(sql -> sql.contains("display_name varchar(100) not null"))
            .noneMatch(sql -> sql.endsWith(";"));
        try (Connection connection = db.connect()) {
            ScriptRunner.run(connection, script);
            assertThat(tables(connection, "public")).hasSize(createTableCount(script))
                .contains("orders", "order_line", "customer", "card_payment", "shipment", "invoice", "credit_note",
                        "product_tag", "promotion_category", "warehouse_employee", "employee_skills",
                        "store_opening_hours", "customer_preferences");
        }
    }

    @Test
    void h2ScriptAppliesOnAnInMemoryDatabase(TestH2Database database) throws SQLException {
        List<String> script = EntitySchemaScript.create(model, HibernateSettings.h2());

        try (Connection connection = database.connect()) {
            ScriptRunner.run(connection, script);
            assertThat(tables(connection, "PUBLIC")).hasSize(createTableCount(script)).contains("ORDERS");
        }
    }

    @Test
    void customPhysicalNamingStrategyNamesEveryTable(TestDatabase db) throws SQLException {
        HibernateSettings settings = HibernateSettings.postgresql()
            .withPhysicalNamingStrategy(ShopPrefixNamingStrategy.class.getName());

        List<String> script = EntitySchemaScript.create(model, settings);

        assertThat(script).filteredOn(sql -> sql.startsWith("create table "))
            .allMatch(sql -> sql.startsWith("create table shop_"));
        try (Connection connection = db.connect()) {
            ScriptRunner.run(connection, script);
            assertThat(tables(connection, "public")).contains("shop_orders", "shop_product_categories");
        }
    }

    @Test
    void implicitNamingStrategyDecidesEmbeddedColumnNames() {
        HibernateSettings settings = HibernateSettings.postgresql()
            .withImplicitNamingStrategy("org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl");

        List<String> script = EntitySchemaScript.create(model, settings);

        assertThat(createTable(script, "customer")).contains("billing_address_street varchar(120)");
        assertThat(createTable(EntitySchemaScript.create(model, HibernateSettings.postgresql()), "customer"))
            .contains(" street varchar(120)");
    }

    @Test
    void settingsReachHibernate() {
        HibernateSettings settings = HibernateSettings.postgresql()
            .withProperty("hibernate.type.preferred_uuid_jdbc_type", "CHAR");

        assertThat(createTable(EntitySchemaScript.create(model, settings), "customer")).contains("id char(36)");
    }

    @Test
    void typedSettingsWinOverProperties() {
        HibernateSettings settings = HibernateSettings.postgresql()
            .withProperties(Map.of("hibernate.dialect", HibernateSettings.H2_DIALECT,
                    "hibernate.physical_naming_strategy", ShopPrefixNamingStrategy.class.getName()));

        assertThat(EntitySchemaScript.create(model, settings))
            .isEqualTo(EntitySchemaScript.create(model, HibernateSettings.postgresql()));
    }

    @Test
    void anUnknownStrategySaysWhatFailed() {
        HibernateSettings settings = HibernateSettings.postgresql().withPhysicalNamingStrategy("com.example.Missing");

        assertThatThrownBy(() -> EntitySchemaScript.create(model, settings))
            .hasMessageContaining("com.example.Missing");
    }

    @Test
    void anUnqualifiedScriptRefusesEntitiesOfAnotherSchema() {
        EntityModel qualified = EntityModel.scan(getClass().getClassLoader(), "dev.migrate.hibernate.qualified");

        assertThat(EntitySchemaScript.createUnqualified(model, HibernateSettings.postgresql()))
            .isEqualTo(EntitySchemaScript.create(model, HibernateSettings.postgresql()));
        assertThatThrownBy(() -> EntitySchemaScript.createUnqualified(qualified, HibernateSettings.postgresql()))
            .hasMessageContaining("The entities name schemas explicitly (accounting");
        assertThatThrownBy(() -> EntitySchemaScript.createUnqualified(model,
                HibernateSettings.postgresql().withProperty("hibernate.default_schema", "app")))
            .hasMessageContaining("(app,");
    }

    private static String createTable(List<String> script, String table) {
        return script.stream()
            .filter(sql -> sql.startsWith("create table " + table + " ("))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no create table " + table + " in " + script));
    }

    private static int createTableCount(List<String> script) {
        return (int) script.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith("create table ")).count();
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = '" + schema + "' and table_type in ('BASE TABLE', 'TABLE')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

}
