package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.diff.ConstraintMatching;
import dev.migrate.diff.SchemaChange;
import dev.migrate.generate.DesiredSchema;
import dev.migrate.h2.H2;
import dev.migrate.hibernate.blog.Post;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/**
 * The desired side is the schema Hibernate's runtime creates: a database made by {@code ddl-auto=create} for the same
 * entities diffs empty (join tables with explicit join columns, composite keys, element collections, inheritance).
 */
@ExtendWith(TestDatabases.class)
class RuntimeSchemaTests {

    @ParameterizedTest
    @ValueSource(strings = { "blog", "shop" })
    void aSchemaCreatedByDdlAutoOnPostgresqlDiffsEmpty(String model, TestDatabase app, TestDatabase devDb)
            throws Exception {
        EntityModel entities = model(model);
        try (DevDatabase dev = DevDatabase.connect(devDb.dataSource())) {
            createWithDdlAuto(entities, app.url());
            Schema created;
            try (Connection connection = app.connect()) {
                created = dev.dialect().inspect(connection, InspectOptions.schema("public"));
            }
            assertThat(diff(dev, created, EntitySchemaScript.create(entities, HibernateSettings.postgresql())))
                .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "blog", "shop" })
    void aSchemaCreatedByDdlAutoOnH2DiffsEmpty(String model, TestH2Database appDatabase) throws Exception {
        EntityModel entities = model(model);
        String appUrl = appDatabase.url();
        JdbcDataSource devDataSource = new JdbcDataSource();
        devDataSource.setURL(H2.devDatabaseUrl());
        try (Connection app = DriverManager.getConnection(appUrl);
                DevDatabase dev = DevDatabase.connect(devDataSource)) {
            createWithDdlAuto(entities, appUrl);
            Schema created = dev.dialect().inspect(app, InspectOptions.schema("PUBLIC"));
            assertThat(diff(dev, created, EntitySchemaScript.create(entities, HibernateSettings.h2()))).isEmpty();
        }
    }

    private static List<SchemaChange> diff(DevDatabase dev, Schema created, List<String> script) {
        Schema desired = DesiredSchema.build(dev, script);
        return dev.dialect().differ().matching(ConstraintMatching.BY_DEFINITION).diff(created, desired);
    }

    private static EntityModel model(String name) {
        return name.equals("shop") ? ShopModel.scan()
                : EntityModel.scan(RuntimeSchemaTests.class.getClassLoader(), Post.class.getPackageName());
    }

    /** What an application with {@code spring.jpa.hibernate.ddl-auto=create} does at startup. */
    private static void createWithDdlAuto(EntityModel model, String url) throws SQLException {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("create")
            .jdbcUrl(url)
            .property("hibernate.physical_naming_strategy", HibernateSettings.DEFAULT_PHYSICAL_NAMING_STRATEGY)
            .property("hibernate.implicit_naming_strategy", HibernateSettings.DEFAULT_IMPLICIT_NAMING_STRATEGY)
            .property("hibernate.hbm2ddl.auto", "create");
        model.classes().forEach(configuration::managedClass);
        try (SessionFactory factory = configuration.createEntityManagerFactory()) {
            assertThat(factory.isOpen()).isTrue();
        }
    }

}
