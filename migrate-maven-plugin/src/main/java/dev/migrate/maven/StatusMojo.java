package dev.migrate.maven;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.status.DirectoryStatus;
import dev.migrate.status.EditedAfterApply;
import dev.migrate.status.FileState;
import dev.migrate.status.FileStatus;

/**
 * Where each migration stands in a database: applied, pending, out of order, or edited after it was applied (the
 * executor's recorded checksum, computed again by the executor's own code, no longer matches the file). Fails the
 * build on the states listed in {@code migrate.status.failOn}, so it can gate a deploy.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends DirectoryMojo {

    /** JDBC URL of the database to report on; by default the application's {@code spring.datasource.url}. */
    @Parameter(property = "migrate.url")
    private String url;

    @Parameter(property = "migrate.user")
    private String user;

    @Parameter(property = "migrate.password")
    private String password;

    /**
     * The states that fail the build, comma separated: {@code edited}, {@code out-of-order}, {@code pending},
     * {@code missing} (applied, but the file is gone), or {@code none}.
     */
    @Parameter(property = "migrate.status.failOn", defaultValue = "edited,out-of-order")
    private String failOn;

    @Override
    protected void run() throws MojoFailureException {
        Set<String> gate = gate();
        ExecutorHistory history = ExecutorHistories.of(format(), application()).orElseThrow(() ->
                new MojoFailureException("migrate:status reads the history of Liquibase or Flyway, and format "
                        + format().id() + " is neither's. Set -Dmigrate.format=liquibase or flyway (or migrate.format "
                        + "in application.properties)."));
        String jdbcUrl = present(url) ? url : application().get("spring.datasource.url").orElseThrow(() ->
                new MojoFailureException("No database to report on: pass -Dmigrate.url=jdbc:postgresql://host:5432/db "
                        + "(with -Dmigrate.user and -Dmigrate.password), or set spring.datasource.url in "
                        + "application.properties."));
        String jdbcUser = present(url) ? user : application().get("spring.datasource.username").orElse(user);
        String jdbcPassword = present(url) ? password : application().get("spring.datasource.password").orElse(password);
        DirectoryStatus status;
        try (Connection connection = DevDataSources.forUrl(jdbcUrl, jdbcUser, jdbcPassword).getConnection()) {
            status = DirectoryStatus.read(MigrationDirectory.ofPath(dir().toPath()), format(), history, connection, 30);
        }
        catch (SQLException ex) {
            throw new MojoFailureException("Cannot read the migration status from " + jdbcUrl + ": " + ex.getMessage(),
                    ex);
        }
        report(status);
        List<String> failures = failures(status, gate);
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), failures));
        }
    }

    private void report(DirectoryStatus status) {
        getLog().info(status.executor() + " history of the database against " + status.location() + ":");
        for (FileStatus file : status.files()) {
            String line = String.format("  %-20s %s", file.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    file.file().name());
            if (file.state() == FileState.EDITED_AFTER_APPLY || file.state() == FileState.OUT_OF_ORDER) {
                getLog().warn(line);
            }
            else {
                getLog().info(line);
            }
        }
        status.missing().forEach(name -> getLog().warn("  applied, file missing " + name));
        getLog().info(Arrays.stream(FileState.values())
            .map(state -> status.count(state) + " " + state.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", ")));
    }

    private static List<String> failures(DirectoryStatus status, Set<String> gate) {
        List<String> failures = new ArrayList<>();
        if (gate.contains("edited") && status.count(FileState.EDITED_AFTER_APPLY) > 0) {
            failures.add(EditedAfterApply.description(status.location(), status.executor(),
                    status.in(FileState.EDITED_AFTER_APPLY)) + " " + EditedAfterApply.choices());
        }
        if (gate.contains("out-of-order") && status.count(FileState.OUT_OF_ORDER) > 0) {
            failures.add(names(status, FileState.OUT_OF_ORDER) + " not applied, but older than applied migrations: "
                    + "they would run out of order. Give them newer versions (./mvnw migrate:rebase "
                    + "-Dmigrate.base=<the branch deployed>), or allow out-of-order runs in the executor.");
        }
        if (gate.contains("pending") && status.count(FileState.PENDING) > 0) {
            failures.add(names(status, FileState.PENDING) + " not applied yet.");
        }
        if (gate.contains("missing") && !status.missing().isEmpty()) {
            failures.add(String.join(", ", status.missing()) + " applied, but no longer in " + status.location()
                    + ". Restore the file(s) from version control.");
        }
        return failures;
    }

    private static String names(DirectoryStatus status, FileState state) {
        return status.in(state).stream().map(file -> file.name()).collect(Collectors.joining(", "));
    }

    private Set<String> gate() throws MojoFailureException {
        Set<String> known = Set.of("edited", "out-of-order", "pending", "missing", "none");
        Set<String> gate = Arrays.stream(Optional.ofNullable(failOn).orElse("").split("[,\\s]+"))
            .map(value -> value.trim().toLowerCase(Locale.ROOT))
            .filter(value -> !value.isEmpty())
            .collect(Collectors.toSet());
        for (String value : gate) {
            if (!known.contains(value)) {
                throw new MojoFailureException("Unknown state '" + value + "' in migrate.status.failOn: use edited, "
                        + "out-of-order, pending, missing or none.");
            }
        }
        return gate;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

}
