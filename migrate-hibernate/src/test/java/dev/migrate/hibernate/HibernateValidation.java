package dev.migrate.hibernate;

import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import dev.migrate.testing.TestDatabase;

/** Hibernate's own check of a database against a model: what {@code ddl-auto=validate} does at startup. */
final class HibernateValidation {

    private HibernateValidation() {
    }

    /** Throws Hibernate's schema validation error when the database does not fit the model. */
    static void validate(EntityModel model, TestDatabase database) {
        validate(model, database.url());
    }

    /** Throws Hibernate's schema validation error when the database at the URL does not fit the model. */
    static void validate(EntityModel model, String url) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("validate")
            .jdbcUrl(url)
            .property("hibernate.physical_naming_strategy", HibernateSettings.DEFAULT_PHYSICAL_NAMING_STRATEGY)
            .property("hibernate.hbm2ddl.auto", "validate");
        model.classes().forEach(configuration::managedClass);
        try (SessionFactory factory = configuration.createEntityManagerFactory()) {
            if (!factory.isOpen()) {
                throw new AssertionError("the session factory closed at once");
            }
        }
    }

}
