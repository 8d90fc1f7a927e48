package dev.migrate.autoconfigure.hash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.directory.MigrationFormats;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.SumFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code --migrate.hash}: re-hashes the migration source directory ({@code migrate.dev.source-dir}, or the folder
 * given as {@code --migrate.hash=PATH}) and exits, as {@code ./mvnw migrate:hash} does, so that every workflow also
 * runs through the application itself ({@code ./gradlew bootRun --args=--migrate.hash}). It runs as soon as the
 * configuration is loaded: no bean is created and the database is never reached. File names that do not follow the
 * format, and two files with one version, are refused with the reason and nothing is written.
 */
public class MigrationHashCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The property that asks for a re-hash; its value is the folder, or empty for the source directory. */
    public static final String PROPERTY = "migrate.hash";

    private static final Logger logger = LoggerFactory.getLogger(MigrationHashCommand.class);

    private final IntConsumer exit;

    public MigrationHashCommand() {
        this(System::exit);
    }

    MigrationHashCommand(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.containsProperty(PROPERTY)) {
            return;
        }
        String given = environment.getProperty(PROPERTY, "").strip();
        Path folder = Path.of(given.isEmpty() || given.equals("true")
                ? environment.getProperty("migrate.dev.source-dir", "src/main/resources/db/migrations") : given)
            .toAbsolutePath()
            .normalize();
        this.exit.accept(rehash(folder, format(environment, event.getSpringApplication().getClassLoader())));
    }

    private static int rehash(Path folder, MigrationFormat format) {
        if (!Files.isDirectory(folder)) {
            logger.error("Cannot re-hash {}: it is not a folder. Start the application from its project folder, or "
                    + "name the migration folder: --migrate.hash=src/main/resources/db/migrations", folder);
            return 1;
        }
        try {
            MigrationSet set = MigrationSet.of(MigrationDirectory.ofPath(folder), format);
            SumFile sum = new MigrationWriter(folder).rehash();
            logger.info("Wrote {} covering {} migration file(s) ({} {} migrations); exiting (--migrate.hash)",
                    folder.resolve(MigrationDirectory.SUM_FILE_NAME), sum.entries().size(), set.upFiles().size(),
                    format.id());
            return 0;
        }
        catch (MigrateException ex) {
            logger.error("Did not re-hash {}: {}", folder, ex.describe());
            return 1;
        }
    }

    private static MigrationFormat format(ConfigurableEnvironment environment, ClassLoader classLoader) {
        String configured = environment.getProperty("migrate.format");
        return MigrationFormats.resolve(configured == null ? null : MigrationFormat.fromId(configured), classLoader);
    }

    @Override
    public int getOrder() {
        // After the logging system is set up from the application's configuration.
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

}
