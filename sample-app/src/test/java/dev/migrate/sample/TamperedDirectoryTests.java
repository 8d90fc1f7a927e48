package dev.migrate.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A tampered copy of the sample's migration directory stops the application at startup with the failure analysis.
 */
@ExtendWith(OutputCaptureExtension.class)
class TamperedDirectoryTests {

    @TempDir
    Path copy;

    @Test
    void editedMigrationStopsStartupWithTheAnalyzersMessage(CapturedOutput output) throws IOException {
        copyMigrations();
        Path books = this.copy.resolve("20250301090500_create_books.sql");
        Files.writeString(books, Files.readString(books).replace("VARCHAR(300)", "VARCHAR(400)"));
        SpringApplication application = new SpringApplication(SampleApplication.class);
        assertThatException().isThrownBy(() -> application.run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:tampered;DB_CLOSE_DELAY=-1", "--migrate.dir=file:" + this.copy));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("The migration directory file:" + this.copy + " does not match its atlas.sum")
            .contains("atlas.sum line 3: 20250301090500_create_books.sql was edited")
            .contains("./mvnw migrate:hash")
            .doesNotContain("DATABASECHANGELOG");
    }

    private void copyMigrations() throws IOException {
        Path source = Path.of("src/main/resources/db/migrations");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, this.copy.resolve(file.getFileName()));
            }
        }
    }

}
