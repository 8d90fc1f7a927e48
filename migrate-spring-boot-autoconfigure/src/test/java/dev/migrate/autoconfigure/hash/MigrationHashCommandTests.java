package dev.migrate.autoconfigure.hash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --migrate.hash}: the application re-hashes its migration folder and exits, as {@code migrate:hash} does. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationHashCommandTests {

    @TempDir
    Path folder;

    private final List<Integer> exits = new ArrayList<>();

    @Test
    void reHashesTheSourceFolderAndExitsWithZero(CapturedOutput output) throws Exception {
        Files.writeString(this.folder.resolve("1_create_notes.sql"), "CREATE TABLE notes (id BIGINT);\n");
        Files.writeString(this.folder.resolve("atlas.sum"), "h1:stale=\n1_create_notes.sql h1:stale=\n");

        run(Map.of("migrate.hash", "", "migrate.dev.source-dir", this.folder.toString(), "migrate.format", "atlas"));

        assertThat(this.exits).containsExactly(0);
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(this.folder), true).ok()).isTrue();
        assertThat(output).contains("covering 1 migration file(s)").contains("exiting (--migrate.hash)");
    }

    @Test
    void refusesTwoFilesWithOneVersionAndWritesNothing(CapturedOutput output) throws Exception {
        Files.writeString(this.folder.resolve("V1__a.sql"), "CREATE TABLE a (id BIGINT);\n");
        Files.writeString(this.folder.resolve("V1__b.sql"), "CREATE TABLE b (id BIGINT);\n");

        run(Map.of("migrate.hash", this.folder.toString(), "migrate.format", "flyway"));

        assertThat(this.exits).containsExactly(1);
        assertThat(this.folder.resolve("atlas.sum")).doesNotExist();
        assertThat(output).contains("Did not re-hash").contains("V1__a.sql").contains("V1__b.sql");
    }

    @Test
    void refusesANameTheFormatRejects(CapturedOutput output) throws Exception {
        Files.writeString(this.folder.resolve("notes.sql"), "CREATE TABLE notes (id BIGINT);\n");

        run(Map.of("migrate.hash", this.folder.toString(), "migrate.format", "flyway"));

        assertThat(this.exits).containsExactly(1);
        assertThat(this.folder.resolve("atlas.sum")).doesNotExist();
        assertThat(output).contains("notes.sql").contains("does not follow the flyway format");
    }

    @Test
    void doesNothingWithoutTheProperty() {
        run(Map.of("migrate.dev.source-dir", this.folder.toString()));

        assertThat(this.exits).isEmpty();
        assertThat(this.folder.resolve("atlas.sum")).doesNotExist();
    }

    private void run(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        new MigrationHashCommand(this.exits::add).onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }

}
