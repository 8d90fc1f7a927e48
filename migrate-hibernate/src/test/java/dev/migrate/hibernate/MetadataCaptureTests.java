package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

class MetadataCaptureTests {

    @Test
    void capturesTheMetadataOfARunningEntityManagerFactory() {
        EntityModel model = ShopModel.scan();
        MetadataCapture capture = new MetadataCapture();
        assertThat(capture.metadata()).isEmpty();

        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("shop")
            .jdbcUrl("jdbc:h2:mem:" + UUID.randomUUID())
            .property("hibernate.physical_naming_strategy", HibernateSettings.DEFAULT_PHYSICAL_NAMING_STRATEGY)
            .property(MetadataCapture.INTEGRATOR_PROVIDER_SETTING, capture.integratorProvider());
        model.classes().forEach(configuration::managedClass);
        try (SessionFactory factory = configuration.createEntityManagerFactory()) {
            List<String> captured = EntitySchemaScript.create(capture.metadata().orElseThrow());

            assertThat(captured).containsExactlyElementsOf(EntitySchemaScript.create(model, HibernateSettings.h2()));
        }
    }

}
