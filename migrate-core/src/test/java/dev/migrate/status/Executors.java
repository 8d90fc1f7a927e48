package dev.migrate.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import dev.migrate.testing.TestDatabase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** Real Liquibase and Flyway runs of a test directory, as an application's executor would run them. */
final class Executors {

    private Executors() {
    }

    /** Liquibase update with a changelog that includes each file as db/migrations/NAME (what the starter does). */
    static void liquibaseUpdate(TestDatabase database, Path root) throws Exception {
        Path directory = root.resolve("db/migrations");
        String includes;
        try (Stream<Path> files = Files.list(directory)) {
            includes = files.map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(".sql"))
                .sorted()
                .map(name -> "  <include file=\"db/migrations/" + name + "\"/>")
                .collect(Collectors.joining("\n"));
        }
        Files.writeString(root.resolve("changelog.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                    http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                %s
                </databaseChangeLog>
                """.formatted(includes), StandardCharsets.UTF_8);
        try (Connection connection = database.connect();
                DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(root)) {
            Database liquibaseDatabase = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor.name(), accessor, () -> new CommandScope("update")
                .addArgumentValue("changelogFile", "changelog.xml")
                .addArgumentValue("database", liquibaseDatabase)
                .execute());
        }
    }

    static Flyway flyway(TestDatabase database, Path directory) {
        return Flyway.configure()
            .dataSource(database.dataSource())
            .locations("filesystem:" + directory)
            .load();
    }

    static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

}
