package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.devdb.DevDatabaseException;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.UnsupportedDatabaseException;
import dev.migrate.dir.DuplicateVersionException;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.generate.DesiredSchemaException;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.history.AppliedMigration;
import dev.migrate.history.HistoryException;
import dev.migrate.history.LiquibaseHistory;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.SchemaInspectionException;

/** Every error of core is a {@link MigrateException}, and each one says how to fix it where it is thrown. */
class MigrateExceptionTests {

    @TempDir
    Path directory;

    @Test
    void everyExceptionOfCoreIsAMigrateException() throws IOException, URISyntaxException {
        Path classes = Path.of(MigrateException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> exceptions;
        try (Stream<Path> files = Files.walk(classes)) {
            exceptions = files.map(classes::relativize)
                .map(Path::toString)
                .filter(name -> name.endsWith("Exception.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                .toList();
        }
        assertThat(exceptions).contains("dev.migrate.devdb.DevDatabaseException",
                "dev.migrate.schema.SchemaInspectionException", "dev.migrate.dir.MigrationDirectoryException");
        assertThat(exceptions).allSatisfy(name -> assertThat(MigrateException.class.isAssignableFrom(load(name)))
            .as(name + " extends MigrateException").isTrue());
    }

    @Test
    void describeIsTheMessageThenTheFix() {
        MigrateException ex = new MigrateException("What is wrong.", "What to do.");
        assertThat(ex.fix()).isEqualTo("What to do.");
        assertThat(ex.describe()).isEqualTo("What is wrong." + System.lineSeparator() + "What to do.");
    }

    @Test
    void anUnsupportedDatabaseSaysWhichSettingNamesAnother() {
        UnsupportedDatabaseException ex = catchThrowableOfType(() -> Dialects.forProduct("Oracle"),
                UnsupportedDatabaseException.class);
        assertThat(ex.fix()).contains("migrate.dev.url").contains("-Dmigrate.devUrl");
    }

    @Test
    void anUnreachableDevDatabaseSaysToStartItOrPointElsewhere() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    throw new SQLException("Connection refused");
                });
        DevDatabaseException ex = catchThrowableOfType(() -> DevDatabase.connect(unreachable),
                DevDatabaseException.class);
        assertThat(ex).hasMessageContaining("Connection refused");
        assertThat(ex.fix()).startsWith("Start the dev database").contains("migrate.dev.url");
    }

    @Test
    void aCreateScriptTheDatabaseRejectsNamesTheDialectSetting() throws Exception {
        try (DevDatabase dev = DevDatabase.connect(h2())) {
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
            DesiredSchemaException ex = catchThrowableOfType(() -> session.generate(List.of("create table t (id int)",
                    "create table t (id int)"), this.directory, MigrationFormat.ATLAS, Optional.empty()),
                    DesiredSchemaException.class);
            assertThat(ex).hasMessageContaining("statement 2 failed");
            assertThat(ex.fix()).contains("spring.jpa.database-platform");
        }
    }

    @Test
    void aSchemaThatCannotBeReadSaysWhatTheUserNeeds() throws Exception {
        Connection closed = h2().getConnection();
        closed.close();
        SchemaInspectionException ex = catchThrowableOfType(
                () -> Dialects.forProduct("H2").inspect(closed, InspectOptions.schema("PUBLIC")),
                SchemaInspectionException.class);
        assertThat(ex.fix()).isNotBlank().contains("migrate.dev.url");
    }

    @Test
    void aFileLiquibaseCannotParseNamesTheFileAndTheHashCommand() {
        byte[] content = "--liquibase formatted sql\n--changeset nocolon\nCREATE TABLE t (id INT);\n"
            .getBytes(StandardCharsets.UTF_8);
        HistoryException ex = catchThrowableOfType(() -> LiquibaseHistory.standard()
            .editedAfterApply("1_t.sql", content, List.of(new AppliedMigration("1_t.sql", "a:1", "9:abc"))),
                HistoryException.class);
        assertThat(ex.fix()).contains("1_t.sql").contains("./mvnw migrate:hash");
    }

    @Test
    void aDirectoryProblemCarriesItsFixToo() throws IOException {
        Files.writeString(this.directory.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\n");
        Files.writeString(this.directory.resolve("V1__b.sql"), "CREATE TABLE b (id INT);\n");
        MigrateException ex = catchThrowableOfType(
                () -> MigrationSet.of(MigrationDirectory.ofPath(this.directory), MigrationFormat.FLYWAY),
                DuplicateVersionException.class);
        assertThat(ex.fix()).isNotBlank();
        assertThat(ex.describe()).startsWith(ex.getMessage()).endsWith(ex.fix());
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrate_exception_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MigrateExceptionTests.class.getClassLoader());
        }
        catch (ClassNotFoundException ex) {
            throw new AssertionError(ex);
        }
    }

}
