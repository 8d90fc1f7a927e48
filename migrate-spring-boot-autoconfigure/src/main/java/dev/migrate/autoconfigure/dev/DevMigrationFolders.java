package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.MigrateProperties.OnFailure;
import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * In {@code dev}, before anything reads the migration directory: the folder in version control
 * ({@code migrate.dev.source-dir}) is what the integrity gate checks, and the runtime directory ({@code migrate.dir},
 * usually the build's copy in {@code target/classes}) is made a faithful copy of it.
 *
 * <ul>
 * <li>A new application has no migration folder yet, or an empty one the build did not copy: both folders are
 * created, so the first migration is written and applied in the same run.</li>
 * <li>A file edited, added or removed in the source folder since the last build is caught at once (not only after
 * {@code mvn clean}): the source folder is verified against its {@code atlas.sum}.</li>
 * <li>When the runtime copy differs from a verified source folder, it is updated from it, and the log says so.</li>
 * </ul>
 */
public class DevMigrationFolders implements BeanFactoryPostProcessor, EnvironmentAware, BeanClassLoaderAware, Ordered {

    private static final Logger logger = LoggerFactory.getLogger(DevMigrationFolders.class);

    private Environment environment;

    private ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        MigrateProperties properties = Binder.get(this.environment)
            .bindOrCreate("migrate", MigrateProperties.class);
        Path source = Path.of(properties.getDev().getSourceDir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(source) && !createSource(properties.getDev().getSourceDir(), source)) {
            return; // The diff names the missing folder and how to fix it.
        }
        Optional<Path> runtime = RuntimeMigrationFolder.locate(properties.getDir(), this.classLoader);
        boolean verified = verifySource(source, properties);
        if (!verified || runtime.isEmpty() || RuntimeMigrationFolder.isSame(runtime.get(), source)) {
            return;
        }
        if (isBuildCopy(properties)) {
            RuntimeMigrationFolder.syncFrom(source, runtime.get())
                .ifPresent((difference) -> logger.warn("The runtime migration directory {} differed from the source "
                        + "folder {} ({}); updated it from the source folder, which is what the gate checks in dev. "
                        + "A rebuild does the same.", runtime.get(), source, difference));
        }
        else {
            RuntimeMigrationFolder.differences(source, runtime.get())
                .ifPresent((difference) -> logger.warn("The runtime migration directory {} differs from the source "
                        + "folder {} ({}); this run applies {}. Rebuild, or point migrate.dir and "
                        + "migrate.dev.source-dir at the same folder.", runtime.get(), source, difference,
                        properties.getDir()));
        }
    }

    /**
     * Whether the runtime directory is the build's copy of the source folder, which may be brought up to date from
     * it: a class path location, and a source folder inside the working directory (the project). A {@code file:}
     * directory, or a source folder elsewhere, is the user's own and is never changed.
     */
    private static boolean isBuildCopy(MigrateProperties properties) {
        return !properties.getDir().startsWith("file:") && !Path.of(properties.getDev().getSourceDir()).isAbsolute();
    }

    /**
     * Creates the source folder of a project's first migration: only for a path relative to the working directory
     * whose first folder exists there ({@code src}), so a start from the wrong folder creates nothing.
     */
    private static boolean createSource(String configured, Path source) {
        Path relative = Path.of(configured).normalize();
        if (relative.isAbsolute() || relative.getNameCount() < 2
                || !Files.isDirectory(Path.of("").toAbsolutePath().resolve(relative.getName(0)))) {
            return false;
        }
        try {
            Files.createDirectories(source);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the migration source directory " + source, ex);
        }
        logger.info("Created the migration source directory {} for the application's first migration", source);
        return true;
    }

    /**
     * @return whether the source folder matches its atlas.sum; false also when its only mismatches are migrations
     * that a dev start stopped for review and a person then edited, which {@link EditedPendingMigrations} re-hashes
     * before the gate runs
     */
    private static boolean verifySource(Path source, MigrateProperties properties) {
        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(source),
                properties.getIntegrity().isRequireSum());
        if (report.ok()) {
            return true;
        }
        Set<String> awaitingReview = new PendingReviews(source).files();
        if (!awaitingReview.isEmpty() && report.problems().stream()
            .allMatch((problem) -> problem.file() != null && awaitingReview.contains(problem.file()))) {
            return false;
        }
        MigrationIntegrityException failure = new MigrationIntegrityException(source.toString(), report);
        if (properties.getIntegrity().getOnFailure() == OnFailure.FAIL) {
            throw failure;
        }
        logger.warn("{}{}The application starts anyway because migrate.integrity.on-failure=warn. To fix it:{}{}",
                failure.findings(), System.lineSeparator(), System.lineSeparator(), failure.fix());
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
