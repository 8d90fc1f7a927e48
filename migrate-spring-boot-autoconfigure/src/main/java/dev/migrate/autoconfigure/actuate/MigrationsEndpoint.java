package dev.migrate.autoconfigure.actuate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.DatabaseDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.DirectoryDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.ProblemDescriptor;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.drift.CachedDrift;
import dev.migrate.autoconfigure.drift.DriftReport;
import dev.migrate.autoconfigure.status.MigrationStatus;
import dev.migrate.autoconfigure.status.MigrationStatus.FileStatus;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.SumFile;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code /actuator/migrations}: the migration directory, its integrity, and where each migration stands in the
 * database. {@code /actuator/migrations/{version}} shows one migration, with its SQL where
 * {@code management.endpoint.migrations.show-sql} allows.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final MigrationStatusService statusService;

    private final Show showSql;

    private final Set<String> roles;

    private final CachedDrift drift;

    private final Duration timeout;

    private volatile Rendered last;

    /**
     * @param drift the entities against the live database, or {@code null} when drift is not computed
     * @param timeout the longest a response waits for the database and the drift together
     * ({@code migrate.database.timeout})
     */
    public MigrationsEndpoint(MigrationStatusService statusService, Show showSql, Set<String> roles,
            CachedDrift drift, Duration timeout) {
        this.statusService = statusService;
        this.showSql = showSql;
        this.roles = roles;
        this.drift = drift;
        this.timeout = timeout;
    }

    static final String NO_DRIFT = "Drift needs JPA entities, a DataSource and migrate.drift.enabled=true";

    /**
     * The database state and the drift are computed side by side and waited for until one deadline, so the whole
     * answer comes within {@code migrate.database.timeout}; drift SQL follows {@code show-sql} as file SQL does.
     */
    @ReadOperation
    public MigrationsDescriptor migrations(SecurityContext securityContext) {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        if (this.drift != null) {
            this.drift.request();
        }
        MigrationStatus status = this.statusService.current(deadline);
        Rendered rendered = this.last;
        if (rendered == null || rendered.status() != status) {
            rendered = new Rendered(status, describe(status));
            this.last = rendered;
        }
        DriftReport drift = (this.drift != null) ? this.drift.get(deadline) : DriftReport.unknown(NO_DRIFT);
        return rendered.descriptor().withDrift(this.showSql.isShown(securityContext, this.roles) ? drift
                : drift.withoutSql());
    }

    @ReadOperation
    public MigrationFileDescriptor migration(@Selector String version, SecurityContext securityContext) {
        Optional<FileStatus> found = this.statusService.current().find(version);
        if (found.isEmpty()) {
            return null;
        }
        MigrationFile file = found.get().file();
        MigrationDirectorySnapshot directory = this.statusService.directory();
        return new MigrationFileDescriptor(file.name(), file.version(), file.description(),
                directory.hashOf(file.name()).orElse(null),
                directory.integrity().sum().flatMap((sum) -> sum.hashOf(file.name())).map((hash) -> "h1:" + hash)
                    .orElse(null),
                found.get().state().name(),
                this.showSql.isShown(securityContext, this.roles) ? read(directory, file.name()) : null);
    }

    private MigrationsDescriptor describe(MigrationStatus status) {
        MigrationDirectorySnapshot directory = this.statusService.directory();
        IntegrityReport integrity = directory.integrity();
        List<ProblemDescriptor> problems = integrity.problems().stream()
            .map((problem) -> new ProblemDescriptor(problem.kind().name(), problem.file(), problem.line(),
                    problem.reason(), problem.fix()))
            .toList();
        List<FileDescriptor> files = status.migrations().stream()
            .map((fileStatus) -> describe(directory, fileStatus))
            .toList();
        String sum = integrity.sum().map(SumFile::total).map((total) -> "h1:" + total).orElse(null);
        DirectoryDescriptor directoryDescriptor = new DirectoryDescriptor(directory.location(),
                directory.format().id(), integrity.status().name(), sum, problems, files);
        DatabaseDescriptor databaseDescriptor = new DatabaseDescriptor(status.databaseStatus().name(),
                status.database().executor(), status.currentVersion().orElse(null), status.applied(),
                status.pending(), status.database().available() ? status.database().note() : status.database().error());
        return new MigrationsDescriptor(directoryDescriptor, databaseDescriptor, null);
    }

    private FileDescriptor describe(MigrationDirectorySnapshot directory, FileStatus status) {
        MigrationFile file = status.file();
        return new FileDescriptor(file.name(), file.version(), file.description(),
                directory.hashOf(file.name()).orElse(null), status.state().name());
    }

    private static String read(MigrationDirectorySnapshot directory, String name) {
        try {
            return new String(directory.directory().read(name), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Rendered(MigrationStatus status, MigrationsDescriptor descriptor) {
    }

}
