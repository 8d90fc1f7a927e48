package dev.migrate.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.hibernate.EntityModel;
import dev.migrate.hibernate.EntitySchemaScript;
import dev.migrate.hibernate.HibernateSettings;

/**
 * Writes the migration that brings the directory to what the project's entities map, with its reverse, and updates
 * {@code atlas.sum}; writes nothing when they are in sync. Compiles the project first. Both sides are built in
 * scratch schemas of a dev database of a supported kind, which is otherwise left untouched; the entities' create
 * script is Hibernate's for that database.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiffMojo extends DevDatabaseMojo {

    /** Spring Boot's implicit naming strategy, used when the project has it (a Spring Boot application). */
    static final String SPRING_IMPLICIT_NAMING_STRATEGY =
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    /** Name of the migration, e.g. {@code add_email_to_users}; derived from the changes when not given. */
    @Parameter(property = "migrate.name")
    private String name;

    /**
     * Packages holding the entities (sub-packages included), comma separated on the command line; by default every
     * entity compiled from the project's own sources (never a dependency's).
     */
    @Parameter(property = "migrate.entityPackages")
    private List<String> entityPackages;

    /**
     * Hibernate physical naming strategy class; by default the application's
     * {@code spring.jpa.hibernate.naming.physical-strategy}, else Spring Boot's default.
     */
    @Parameter(property = "migrate.physicalNamingStrategy")
    private String physicalNamingStrategy;

    /**
     * Hibernate implicit naming strategy class; by default the application's
     * {@code spring.jpa.hibernate.naming.implicit-strategy}, else Spring Boot's when the project has Spring Boot, else
     * JPA's.
     */
    @Parameter(property = "migrate.implicitNamingStrategy")
    private String implicitNamingStrategy;

    /** Whether tables no entity maps are dropped; by default they are left alone. */
    @Parameter(property = "migrate.dropUnmappedTables", defaultValue = "false")
    private boolean dropUnmappedTables;

    /** Whether indexes of mapped tables that no entity declares are dropped; by default they are left alone. */
    @Parameter(property = "migrate.dropUnmappedIndexes", defaultValue = "false")
    private boolean dropUnmappedIndexes;

    @Override
    protected void run() throws MojoFailureException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader projectClasses = projectClassLoader()) {
            thread.setContextClassLoader(projectClasses);
            SpringJpaProperties application = new SpringJpaProperties(application());
            DevDatabaseSettings database = devDatabase();
            Path classes = Path.of(project().getBuild().getOutputDirectory());
            List<String> packages = entityPackages == null ? List.of() : entityPackages;
            EntityModel model = EntityModel.scanFolder(projectClasses, classes, packages);
            getLog().info("Found " + model.entityCount() + " entities in " + (packages.isEmpty()
                    ? "the project's classes" : String.join(", ", packages)) + "; " + format().id() + " directory "
                    + dir() + "; dev database " + database.url() + " (" + database.origin() + ")");
            write(model, application, projectClasses, database);
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            // migrate-hibernate's (it does not use core): no entity found, a mapping Hibernate rejects
            throw new MojoFailureException(ex.getMessage(), ex);
        }
        catch (IOException ex) {
            throw new MojoFailureException("Cannot read the project's classes: " + ex.getMessage(), ex);
        }
        finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void write(EntityModel model, SpringJpaProperties application, ClassLoader projectClasses,
            DevDatabaseSettings database) {
        try (DevDatabase dev = DevDatabase.connect(DevDataSources.forUrl(database.url(), database.user(),
                database.password()))) {
            List<String> script = EntitySchemaScript.createUnqualified(model,
                    settings(application, dev.dialect(), projectClasses));
            Optional<WrittenMigration> written = new SchemaDiffSession(dev,
                    new DiffOptions(dropUnmappedTables).withDropUnmappedIndexes(dropUnmappedIndexes))
                .generate(script, dir().toPath(), format(), Optional.ofNullable(name));
            if (written.isEmpty()) {
                getLog().info("The schema is in sync with the entities; no migration written");
                return;
            }
            for (Path file : written.get().files()) {
                getLog().info("Created " + file);
            }
            getLog().info("Updated " + dir().toPath().resolve("atlas.sum"));
        }
    }

    /** The dev database's Hibernate dialect and server version, then the application's own settings. */
    private HibernateSettings settings(SpringJpaProperties application, Dialect dialect, ClassLoader projectClasses) {
        String physical = Optional.ofNullable(physicalNamingStrategy)
            .or(application::physicalNamingStrategy)
            .orElse(HibernateSettings.DEFAULT_PHYSICAL_NAMING_STRATEGY);
        String implicit = Optional.ofNullable(implicitNamingStrategy)
            .or(application::implicitNamingStrategy)
            .orElse(isPresent(SPRING_IMPLICIT_NAMING_STRATEGY, projectClasses) ? SPRING_IMPLICIT_NAMING_STRATEGY
                    : HibernateSettings.DEFAULT_IMPLICIT_NAMING_STRATEGY);
        getLog().debug("Naming strategies: physical " + physical + ", implicit " + implicit);
        return HibernateSettings.forDialect(dialect.hibernateDialect())
            .withProperties(dialect.hibernateProperties())
            .withProperties(application.hibernateProperties())
            .withPhysicalNamingStrategy(physical)
            .withImplicitNamingStrategy(implicit);
    }

    private static boolean isPresent(String className, ClassLoader classLoader) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** The project's compiled classes and compile dependencies; the plugin's Hibernate and JPA API come first. */
    private URLClassLoader projectClassLoader() throws MojoFailureException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project().getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        }
        catch (DependencyResolutionRequiredException | MalformedURLException ex) {
            throw new MojoFailureException("Cannot build the project's class path: " + ex.getMessage(), ex);
        }
    }

}
