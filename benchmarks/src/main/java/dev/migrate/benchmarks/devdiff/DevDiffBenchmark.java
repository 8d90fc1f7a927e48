package dev.migrate.benchmarks.devdiff;


import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrate.benchmarks.GeneratedEntities;
import dev.migrate.benchmarks.LoadAverage;
import dev.migrate.benchmarks.PostgresDatabases;
import dev.migrate.benchmarks.ReadmeSection;
import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.SumFile;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiff;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.hibernate.EntityModel;
import dev.migrate.hibernate.EntitySchemaScript;
import dev.migrate.hibernate.HibernateSettings;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the dev profile costs: a 200-entity model (generated and compiled here) diffed on PostgreSQL.
 *
 * <ul>
 * <li><b>cold diff</b>: the model against an empty directory, nothing cached: Hibernate maps the entities, the
 * create script runs in a scratch schema, both sides are inspected, diffed and planned;</li>
 * <li><b>dev startup, unchanged 200-file directory, cache warm</b>: what a {@code dev} start adds when nothing
 * changed: mapping, the desired scratch schema, the replayed directory found in the cache, an empty diff.</li>
 * </ul>
 *
 * <p>Arguments: {@code --url <jdbc url of a PostgreSQL server>} (default {@code MIGRATE_TEST_POSTGRES_URL}, then
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); {@code --readme <path>} writes the figures into
 * the {@code dev-diff-benchmark} section. It works in a database of its own, created and dropped here.
 */
public final class DevDiffBenchmark {

    static final int ENTITIES = 200;

    static final int FILES = 200;

    private DevDiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", System.getenv().getOrDefault("MIGRATE_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        String readme = option(args, "--readme", null);
        String loadBefore = LoadAverage.all();
        Path work = Files.createTempDirectory("dev-diff-benchmark");
        Compiled compiled = compileModel(work.resolve("model"));
        EntityModel model = compiled.model();
        String database = "migrate_bench_devdiff";
        PostgresDatabases.execute(url, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        PostgresDatabases.execute(url, "CREATE DATABASE " + database);
        try {
            DataSource dataSource = dataSource(url, database);
            Path empty = Files.createDirectories(work.resolve("empty"));
            writeSum(empty);

            // Cold: the first diff of this JVM, nothing cached anywhere.
            long started = System.nanoTime();
            SchemaDiff first = diff(dataSource, model, empty);
            double coldFirst = millis(started);
            int statements = first.plan().statements().size();
            for (int i = 0; i < 3; i++) {
                diff(dataSource, model, empty);
            }
            double[] cold = new double[5];
            for (int i = 0; i < cold.length; i++) {
                long start = System.nanoTime();
                diff(dataSource, model, empty);
                cold[i] = millis(start);
            }

            Path directory = Files.createDirectories(work.resolve("migrations"));
            writeDirectory(directory, first.plan().statements());
            // Warm the replay cache, as the previous dev start did.
            if (!diff(dataSource, model, directory).inSync()) {
                throw new IllegalStateException("The 200-file directory should be in sync with the model");
            }
            for (int i = 0; i < 3; i++) {
                diff(dataSource, model, directory);
            }
            double[] mapping = new double[7];
            for (int i = 0; i < mapping.length; i++) {
                long start = System.nanoTime();
                EntitySchemaScript.createUnqualified(model, HibernateSettings.postgresql());
                mapping[i] = millis(start);
            }
            double[] warm = new double[7];
            for (int i = 0; i < warm.length; i++) {
                long start = System.nanoTime();
                if (!diff(dataSource, model, directory).inSync()) {
                    throw new IllegalStateException("Not in sync");
                }
                warm[i] = millis(start);
            }
            // Entities changed since the last start: the memo misses, the replay cache still holds. Each run's script
            // ends with a different no-op query, a new fingerprint for the same schema.
            double[] changed = new double[7];
            for (int i = 0; i < changed.length + 3; i++) {
                long start = System.nanoTime();
                if (!diffChanged(dataSource, model, directory, i).inSync()) {
                    throw new IllegalStateException("Not in sync");
                }
                if (i >= 3) {
                    changed[i - 3] = millis(start);
                }
            }
            Liquibase liquibase = liquibase(url, compiled,
                    EntitySchemaScript.createUnqualified(model, HibernateSettings.postgresql()), first.plan().statements());
            String figures = report(statements, coldFirst, median(cold), cold, median(warm), warm, median(mapping),
                    median(changed), changed, liquibase, loadBefore);
            System.out.println(figures);
            if (readme != null) {
                ReadmeSection.write(Path.of(readme), "dev-diff-benchmark", figures);
            }
        }
        finally {
            PostgresDatabases.execute(url, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Like {@link #diff}, with the entities' fingerprint changed and their schema not. */
    private static SchemaDiff diffChanged(DataSource dataSource, EntityModel model, Path directory, int run) {
        try (DevDatabase dev = DevDatabase.connect(dataSource)) {
            List<String> script = new ArrayList<>(EntitySchemaScript.createUnqualified(model,
                    HibernateSettings.postgresql()));
            script.add("select " + (System.nanoTime() + run));
            return new SchemaDiffSession(dev, DiffOptions.DEFAULTS).diff(script, MigrationDirectory.ofPath(directory),
                    MigrationFormat.ATLAS);
        }
    }

    /**
     * Liquibase diffChangeLog's figures. With liquibase-hibernate when it runs; otherwise ({@code hibernateError} says
     * why) between two databases, the entities' create script applied in the reference one.
     */
    private record Liquibase(String hibernateError, double coldFirst, double[] cold, double[] unchanged,
            int coldChangeSets, int unchangedChangeSets) {
    }

    /** A diff of the entities against a target database, whichever way Liquibase can run it. */
    @FunctionalInterface
    private interface PeerDiff {

        int against(DataSource target) throws Exception;

    }

    /**
     * Liquibase {@code diffChangeLog} on the same model: against an empty database (cold) and against one where the
     * directory's statements are applied (nothing changed).
     */
    private static Liquibase liquibase(String url, Compiled compiled, List<String> createScript,
            List<String> directoryStatements) throws Exception {
        List<String> databases = List.of("migrate_bench_lb_empty", "migrate_bench_lb_applied",
                "migrate_bench_lb_entities");
        for (String db : databases) {
            PostgresDatabases.execute(url, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            PostgresDatabases.execute(url, "CREATE DATABASE " + db);
        }
        try {
            DataSource empty = dataSource(url, databases.get(0));
            DataSource applied = dataSource(url, databases.get(1));
            DataSource entities = dataSource(url, databases.get(2));
            execute(applied, directoryStatements);
            execute(entities, createScript);
            LiquibaseHibernateDiff hibernate = LiquibaseHibernateDiff.of(compiled.classes(), compiled.names(),
                    compiled.loader());
            String hibernateError = null;
            PeerDiff peer = hibernate::diffChangeLog;
            long started = System.nanoTime();
            int coldChangeSets;
            try {
                coldChangeSets = peer.against(empty);
            }
            catch (Exception | LinkageError ex) {
                hibernateError = describe(ex);
                peer = target -> LiquibaseChangeLog.diff(entities, target);
                started = System.nanoTime();
                coldChangeSets = peer.against(empty);
            }
            double coldFirst = millis(started);
            double[] cold = new double[5];
            double[] unchanged = new double[5];
            int unchangedChangeSets = 0;
            for (int i = 0; i < 2; i++) {
                peer.against(empty);
                peer.against(applied);
            }
            for (int i = 0; i < cold.length; i++) {
                long start = System.nanoTime();
                peer.against(empty);
                cold[i] = millis(start);
                start = System.nanoTime();
                unchangedChangeSets = peer.against(applied);
                unchanged[i] = millis(start);
            }
            return new Liquibase(hibernateError, coldFirst, cold, unchanged, coldChangeSets, unchangedChangeSets);
        }
        finally {
            for (String db : databases) {
                PostgresDatabases.execute(url, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private static void execute(DataSource dataSource, List<String> statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The failure and its root cause, as the user of liquibase-hibernate would see them. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getName() + ": " + failure.getMessage();
        return root == failure ? text : text + "; caused by " + root.getClass().getName() + ": " + root.getMessage();
    }

    /** What one diff costs: a dev database session, the entities' create script, and the diff itself. */
    private static SchemaDiff diff(DataSource dataSource, EntityModel model, Path directory) {
        try (DevDatabase dev = DevDatabase.connect(dataSource)) {
            List<String> script = EntitySchemaScript.createUnqualified(model, HibernateSettings.postgresql());
            return new SchemaDiffSession(dev, DiffOptions.DEFAULTS).diff(script, MigrationDirectory.ofPath(directory),
                    MigrationFormat.ATLAS);
        }
    }

    private static String report(int statements, double coldFirst, double coldMedian, double[] cold,
            double warmMedian, double[] warm, double mappingMedian, double changedMedian, double[] changed,
            Liquibase liquibase, String loadBefore) {
        return String.format(Locale.ROOT, """
                ### Dev diff (`DevDiffBenchmark`)

                A generated model of %d entities (each: identity id, unique code, six further columns, `@Version`, a
                `@ManyToOne` to the previous entity) on PostgreSQL; Hibernate's create script has %d statements after
                planning. Each run opens a dev database session, maps the entities with Hibernate (create script), and
                diffs, as a `dev` start does.

                | measurement | target | migrate | Liquibase `diffChangeLog` (see below) |
                |---|---|---:|---:|
                | cold diff of the %d-entity model against an empty directory / database, first in the JVM | under 2 s | %.0f ms | %s |
                | cold diff, nothing cached, JVM warm (median of 5) | under 2 s | %.0f ms | %s |
                | added `dev` start, unchanged %d-file directory, caches warm (median of 7) | under 300 ms | **%.0f ms** | %s |
                | `dev` start after an entity change, replay cache warm (median of 7) | | %.0f ms | |

                Runs (ms): migrate cold %s; unchanged %s; entity changed %s.%s

                An unchanged start costs Hibernate's mapping and create script (%.0f ms, median of 7 measured on their
                own) plus one catalog query: the previous start found the same entities (SHA-256 of the create script and the diff options)
                in sync with the same directory (its `atlas.sum` total) on the same database product and version, and
                left that outcome in the dev database (`migrate_cache_sync_*`). Any change to a file or an entity is a
                new key; a start after an entity change creates the desired scratch schema, inspects both sides (the
                replay from the cache) and diffs.

                %s

                Machine: %d cores, load average (1 / 5 / 15 min) %s at the start and %s at the end (other work shares
                the machine, so runs vary).
                Reproduce from the repository root: `./mvnw -B -q -pl benchmarks -am compile -Pdev-diff-benchmark`
                (PostgreSQL at `MIGRATE_TEST_POSTGRES_URL`, else 127.0.0.1:5432; the benchmark works in databases of
                its own, dropped at the end).
                """, ENTITIES, statements, ENTITIES, coldFirst, String.format(Locale.ROOT, "%.0f ms", liquibase.coldFirst()),
                coldMedian, String.format(Locale.ROOT, "%.0f ms", median(liquibase.cold())),
                FILES, warmMedian, String.format(Locale.ROOT, "%.0f ms", median(liquibase.unchanged())),
                changedMedian, rounded(cold), rounded(warm), rounded(changed),
                String.format(Locale.ROOT, " Liquibase cold %s (%d change sets); unchanged %s (%d change sets).",
                        rounded(liquibase.cold()), liquibase.coldChangeSets(), rounded(liquibase.unchanged()),
                        liquibase.unchangedChangeSets()),
                mappingMedian, liquibaseNote(liquibase), Runtime.getRuntime().availableProcessors(), loadBefore, LoadAverage.all());
    }

    private static String liquibaseNote(Liquibase liquibase) {
        if (liquibase.hibernateError() != null) {
            return "Liquibase `diffChangeLog` with `org.liquibase.ext:liquibase-hibernate6:4.33.0` (the latest, built "
                    + "for Hibernate 6 and Liquibase 4) does not run with Hibernate 7.4 / Liquibase 5, the versions "
                    + "this project uses:\n`" + liquibase.hibernateError() + "`.\nSo the Liquibase column is what can "
                    + "be measured: Liquibase 5.0.3's `diffChangeLog` between two databases (snapshot both, compare, "
                    + "print the XML changelog), the reference holding the entities' create script already applied "
                    + "and the target empty (cold) or holding the directory's statements (unchanged). That leaves out "
                    + "what migrate's figures include: mapping the entities and applying the create script.";
        }
        return "Liquibase: `org.liquibase.ext:liquibase-hibernate6:4.33.0` on Liquibase 5.0.3 and Hibernate 7.4.5, "
                + "`hibernate:classic:` reference (the model's classes) against the database, the changelog printed as "
                + "XML; the unchanged case diffs against a database where the same statements are applied.";
    }

    private static String rounded(double[] values) {
        return Arrays.toString(Arrays.stream(values).mapToLong(Math::round).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    /** Spreads the statements over {@link #FILES} files, in order, and hashes the directory. */
    private static void writeDirectory(Path directory, List<String> statements) throws IOException {
        int perFile = (int) Math.ceil(statements.size() / (double) FILES);
        for (int file = 0; file < FILES; file++) {
            StringBuilder sql = new StringBuilder();
            for (int i = file * perFile; i < Math.min(statements.size(), (file + 1) * perFile); i++) {
                sql.append(statements.get(i)).append(";\n");
            }
            if (sql.isEmpty()) {
                sql.append("SELECT 1;\n");
            }
            String version = String.valueOf(20250101000000L + file);
            Files.writeString(directory.resolve(version + "_m" + file + ".sql"), sql, StandardCharsets.UTF_8);
        }
        writeSum(directory);
    }

    private static void writeSum(Path directory) throws IOException {
        Files.writeString(directory.resolve("atlas.sum"), SumFile.compute(MigrationDirectory.ofPath(directory))
            .render(), StandardCharsets.UTF_8);
    }

    /** Writes {@link #ENTITIES} entity classes, compiles them against this JVM's class path and loads them. */
    /** The generated entities: Hibernate's view for migrate, and where their classes are for Liquibase. */
    private record Compiled(EntityModel model, Path classes, List<String> names, ClassLoader loader) {
    }

    private static Compiled compileModel(Path root) throws IOException {
        Path sources = Files.createDirectories(root.resolve("src/bench"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            Path file = sources.resolve("E" + i + ".java");
            Files.writeString(file, GeneratedEntities.source(i), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        arguments.addAll(files);
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Compiling the generated entities failed");
        }
        ClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                DevDiffBenchmark.class.getClassLoader());
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            try {
                types.add(loader.loadClass("bench.E" + i));
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return new Compiled(EntityModel.of(types, loader), classes, types.stream().map(Class::getName).toList(), loader);
    }

    private static DataSource dataSource(String adminUrl, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgresDatabases.withDatabase(adminUrl, database));
        return dataSource;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

}
