package dev.migrate.maven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsTests {

    @TempDir
    Path project;

    @Test
    void readsPropertiesAndYamlFromResourcesAndConfigAsSpringBootDoes() throws Exception {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:h2:mem:app
                spring.jpa.hibernate.naming.physical-strategy = com.example.PrefixNaming
                migrate.dir=classpath:db/changes
                """);
        write("src/main/resources/application.yml", """
                spring:
                  jpa:
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                """);
        // config/ beside the project overrides the packaged files, as it does for the running application.
        write("config/application.yml", """
                migrate:
                  dir: file:src/main/resources/db/override
                """);

        ApplicationSettings settings = ApplicationSettings.load(project, List.of());

        assertThat(settings.get("spring.datasource.url")).contains("jdbc:h2:mem:app");
        assertThat(settings.get("spring.jpa.hibernate.naming.physical-strategy")).contains("com.example.PrefixNaming");
        assertThat(settings.get("migrate.dir")).contains("file:src/main/resources/db/override");
        assertThat(settings.withPrefix("spring.jpa.properties."))
            .containsOnly(entry("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));
    }

    @Test
    void profilesAndPlaceholdersResolveAsInTheApplication() throws Exception {
        write("src/main/resources/application.properties", """
                app.db=inventory
                spring.datasource.url=jdbc:postgresql://localhost/${app.db}
                """);
        write("src/main/resources/application-local.yml", """
                migrate.dev.url: jdbc:h2:mem:${app.db}
                """);

        assertThat(ApplicationSettings.load(project, List.of()).get("migrate.dev.url")).isEmpty();
        ApplicationSettings local = ApplicationSettings.load(project, List.of("local"));
        assertThat(local.get("migrate.dev.url")).contains("jdbc:h2:mem:inventory");
        assertThat(local.get("spring.datasource.url")).contains("jdbc:postgresql://localhost/inventory");
        assertThat(local.activeProfiles()).containsExactly("local");
    }

    @Test
    void aSettingThatCannotBeResolvedIsNamed() throws Exception {
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://${DB_HOST_NOT_SET_ANYWHERE}/app
                """);

        ApplicationSettings settings = ApplicationSettings.load(project, List.of());

        assertThatThrownBy(() -> settings.get("spring.datasource.url"))
            .isInstanceOf(UnresolvedSettingException.class)
            .hasMessageContaining("spring.datasource.url")
            .hasMessageContaining("DB_HOST_NOT_SET_ANYWHERE");
    }

    @Test
    void aProjectWithoutConfigurationHasNoSettings() {
        ApplicationSettings settings = ApplicationSettings.load(project, List.of());

        assertThat(settings.get("migrate.dir")).isEmpty();
        assertThat(settings.withPrefix("spring.jpa.properties.")).isEmpty();
    }

    private void write(String path, String content) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

}
