package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrate.dialect.Dialect;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * The scripted series of entity changes (packages {@code series.v1} to {@code v9}) on one kind of database: each
 * step's generated migration applies on the application's database, Hibernate's validation accepts the result, its
 * reverse restores the schema of the step before, and once applied again a second diff is empty.
 *
 * @param app the application's database, at {@code appUrl}, whose schema {@code schema} the steps change
 */
record EntityChangeSeries(Dialect dialect, HibernateSettings settings, Connection app, String appUrl,
        InspectOptions schema) {

    private static final List<String> STEPS = List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");

    /** The entities of one step, {@code v1} to {@code v9}. */
    static EntityModel model(String step) {
        return EntityModel.scan(EntityChangeSeries.class.getClassLoader(), "dev.migrate.hibernate.series." + step);
    }

    /** Runs every step in order, as golang-migrate files in the directory; the migration each step wrote. */
    List<WrittenMigration> run(SchemaDiffSession session, Path directory) throws Exception {
        List<WrittenMigration> migrations = new ArrayList<>();
        for (String step : STEPS) {
            EntityModel model = model(step);
            List<String> script = EntitySchemaScript.create(model, settings);
            WrittenMigration written = session
                .generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty())
                .orElseThrow(() -> new AssertionError(step + " produced no migration"));

            Schema before = inspect();
            ScriptRunner.runFile(app, written.files().get(0));
            HibernateValidation.validate(model, appUrl);
            ScriptRunner.runFile(app, written.files().get(1));
            assertThat(dialect.differ().diff(before, inspect())).as(step + " reverted").isEmpty();
            ScriptRunner.runFile(app, written.files().get(0));

            assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty()))
                .as(step + " diffed again").isEmpty();
            migrations.add(written);
        }
        return migrations;
    }

    /** The up file of the newest migration in the directory. */
    static Path lastUpFile(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".up.sql")).sorted().reduce((a, b) -> b)
                .orElseThrow();
        }
    }

    private Schema inspect() {
        return dialect.inspect(app, schema);
    }

}
