package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringJpaPropertiesTest {

    @TempDir
    Path folder;

    @Test
    void readsNamingStrategiesAndHibernateProperties() throws Exception {
        Path file = folder.resolve("application.properties");
        Files.writeString(file, """
                spring.datasource.url=jdbc:h2:mem:app
                spring.jpa.hibernate.naming.physical-strategy = com.example.PrefixNaming
                spring.jpa.hibernate.naming.implicit-strategy=
                spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type=CHAR
                spring.jpa.properties.hibernate.auto_quote_keyword=true
                """);

        SpringJpaProperties properties = SpringJpaProperties.read(file);

        assertThat(properties.physicalNamingStrategy()).contains("com.example.PrefixNaming");
        assertThat(properties.implicitNamingStrategy()).isEmpty();
        assertThat(properties.hibernateProperties()).containsOnly(
                entry("hibernate.type.preferred_uuid_jdbc_type", "CHAR"),
                entry("hibernate.auto_quote_keyword", "true"));
    }

    @Test
    void aMissingFileMeansNoSettings() throws Exception {
        SpringJpaProperties properties = SpringJpaProperties.read(folder.resolve("absent.properties"));

        assertThat(properties.physicalNamingStrategy()).isEmpty();
        assertThat(properties.hibernateProperties()).isEmpty();
    }

}
