package dev.migrate.benchmarks.devrestart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrate.benchmarks.ApplicationStart;
import dev.migrate.benchmarks.GeneratedEntities;
import dev.migrate.benchmarks.LoadAverage;
import dev.migrate.benchmarks.PostgresDatabases;
import dev.migrate.benchmarks.ReadmeSection;
import dev.migrate.dir.MigrationWriter;

import static dev.migrate.benchmarks.Measurement.median;

/**
 * What dev auto-diff adds to an unchanged {@code dev} restart, in fresh JVMs: a Spring Boot application with the
 * 200-entity benchmark model (PostgreSQL, Liquibase, the starter) is started again and again with nothing
 * changed, in three configurations, alternating (the order rotates each round):
 * <ul>
 * <li><b>without auto-diff</b>: {@code migrate.dev.auto-diff=false}, the baseline;</li>
 * <li><b>auto-diff</b>: the starter as shipped; the previous start left its in-sync fingerprint, so the start decides
 * "unchanged" from the entity class files, settings and {@code atlas.sum} without Hibernate's mapping;</li>
 * <li><b>auto-diff, before the fingerprint</b>: the same with an empty temporary folder, so the fingerprint is missing
 * and the start takes the path every start took before it: Hibernate's mapping and create script, then the in-sync
 * memo of the dev database (warm).</li>
 * </ul>
 * Each figure is the median over the runs of the time from JVM start to "Started" (Spring Boot's "process running
 * for"), and of the auto-diff's own time as it logs it.
 * <p>
 * Arguments: the runtime class path of an application with the starter (the sample app's), a work directory, the
 * number of rounds (default 10), and optionally {@code --readme <path>} to write the figures there. PostgreSQL comes
 * from {@code MIGRATE_TEST_POSTGRES_URL} (else 127.0.0.1:5432, user postgres); the benchmark works in a database of
 * its own and drops it at the end.
 */
public final class DevRestartBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started BenchApplication in [0-9.]+ seconds "
            + "\\(process running for ([0-9.]+)\\)");

    private static final Pattern DIFF_MILLIS = Pattern.compile("(?:Entities unchanged since|Entities are in sync "
            + "with).*\\(([0-9]+) ms\\)");

    private static final String APPLICATION = """
            package bench;

            @org.springframework.boot.autoconfigure.SpringBootApplication
            public class BenchApplication {
                public static void main(String[] args) {
                    org.springframework.boot.SpringApplication.run(BenchApplication.class, args);
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        String sampleClasspath = args[0];
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int rounds = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 10;
        Path readme = option(args, "--readme");
        Path classes = compile(work, sampleClasspath);
        String classpath = classes + java.io.File.pathSeparator + sampleClasspath;
        Path migrations = Files.createDirectories(work.resolve("migrations"));
        new MigrationWriter(migrations).rehash();
        Path fingerprints = Files.createDirectories(work.resolve("tmp"));
        String admin = Optional.ofNullable(System.getenv("MIGRATE_TEST_POSTGRES_URL"))
            .orElse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        String database = "migrate_bench_restart_" + System.nanoTime();
        PostgresDatabases.execute(admin, "CREATE DATABASE " + database);
        try {
            run(classpath, work, rounds, readme, migrations, fingerprints,
                    PostgresDatabases.withDatabase(admin, database));
        }
        finally {
            PostgresDatabases.execute(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void run(String classpath, Path work, int rounds, Path readme, Path migrations, Path fingerprints,
            String url) throws Exception {
        List<String> common = List.of("--spring.profiles.active=dev", "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--spring.jpa.hibernate.ddl-auto=validate",
                "--migrate.dir=file:" + migrations, "--migrate.dev.source-dir=" + migrations);
        Config plain = new Config("without auto-diff", fingerprints, with(common, "--migrate.dev.auto-diff=false"));
        Config autoDiff = new Config("auto-diff", fingerprints, common);
        Config before = new Config("auto-diff, before the fingerprint", null, common);
        // The first start generates the 200 tables' migration and applies it; the second finds them in sync and
        // leaves the fingerprint.
        System.out.printf(Locale.ROOT, "warm-up: first start %.2f s, second %.2f s%n", autoDiff.start(classpath, work),
                autoDiff.start(classpath, work));
        autoDiff.forget();
        List<Config> order = new ArrayList<>(List.of(plain, autoDiff, before));
        for (int round = 0; round < rounds; round++) {
            for (Config config : order) {
                config.start(classpath, work);
            }
            System.out.printf(Locale.ROOT, "round %d: %s%n", round + 1, order.stream()
                .map((config) -> config.name + " " + config.last()).toList());
            order.add(order.remove(0));
            // Written after every round, so a run cut short still leaves its figures (with the rounds it had).
            if (readme != null) {
                ReadmeSection.write(readme, "dev-restart-benchmark", report(plain, autoDiff, before, round + 1));
            }
        }
        System.out.println(report(plain, autoDiff, before, rounds));
    }

    private static String report(Config plain, Config autoDiff, Config before, int rounds) {
        double base = plain.medianSeconds();
        return String.format(Locale.ROOT, """
                ### Unchanged `dev` restart in a fresh JVM (`DevRestartBenchmark`)

                An application with the 200-entity model above (PostgreSQL database already migrated, Liquibase, the
                starter, no web server) restarted with nothing changed, each start a fresh JVM; %d rounds, the three
                configurations alternating (the order rotates each round). Time to started is Spring Boot's "process
                running for" at "Started" (JVM start included); CPU time is what the process had used by then (all
                threads), which waiting for a busy CPU does not inflate; the auto-diff's own time is what its log line
                says.

                | configuration (median of %d fresh JVMs) | time to started | added | CPU time to started | added | auto-diff's own time |
                |---|---:|---:|---:|---:|---:|
                | without auto-diff (`migrate.dev.auto-diff=false`) | %.2f s | | %.2f s | | |
                | auto-diff, unchanged: in-sync fingerprint (entity class files, settings, `atlas.sum`) | %.2f s | **%+.0f ms** | %.2f s | **%+.0f ms** | **%.0f ms** |
                | auto-diff as before the fingerprint: Hibernate's mapping, then the dev database's in-sync memo | %.2f s | %+.0f ms | %.2f s | %+.0f ms | %.0f ms |

                Target: an unchanged start adds at most 100 ms. Runs (s): without %s; auto-diff %s; before the
                fingerprint %s.

                Machine: 2 cores shared with other builds (load average %s at the end), so single starts vary by
                seconds; the alternating order spreads that over the three configurations alike.
                Reproduce from the repository root: `bash benchmarks/dev-restart-benchmark.sh` (`RUNS=10` by default).
                """, rounds, rounds, base, plain.medianCpu(), autoDiff.medianSeconds(),
                (autoDiff.medianSeconds() - base) * 1000, autoDiff.medianCpu(),
                (autoDiff.medianCpu() - plain.medianCpu()) * 1000, autoDiff.medianDiffMillis(), before.medianSeconds(),
                (before.medianSeconds() - base) * 1000, before.medianCpu(),
                (before.medianCpu() - plain.medianCpu()) * 1000, before.medianDiffMillis(), plain.seconds, autoDiff.seconds, before.seconds, LoadAverage.all());
    }

    /** Writes the entities and the application class and compiles them against the application's class path. */
    private static Path compile(Path work, String classpath) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/bench"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-classpath",
                classpath));
        for (int i = 0; i < GeneratedEntities.COUNT; i++) {
            Path file = sources.resolve("E" + i + ".java");
            Files.writeString(file, GeneratedEntities.source(i), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        Path application = sources.resolve("BenchApplication.java");
        Files.writeString(application, APPLICATION, StandardCharsets.UTF_8);
        arguments.add(application.toString());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Compiling the generated application failed");
        }
        return classes;
    }

    private static List<String> with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return all;
    }

    private static Path option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    /** One configuration and its measurements. */
    private static final class Config {

        private final String name;

        /** The temporary folder the fingerprint lives in; null for a fresh, empty one each start. */
        private final Path temporary;

        private final List<String> arguments;

        private final List<Double> seconds = new ArrayList<>();

        private final List<Double> diffMillis = new ArrayList<>();

        /** CPU time (all threads) the process had used at "Started": steadier than wall time on a busy machine. */
        private final List<Double> cpuSeconds = new ArrayList<>();

        Config(String name, Path temporary, List<String> arguments) {
            this.name = name;
            this.temporary = temporary;
            this.arguments = arguments;
        }

        double start(String classpath, Path work) throws Exception {
            Path folder = (this.temporary != null) ? this.temporary : Files.createTempDirectory(work, "tmp-");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + folder, "-cp", classpath, "bench.BenchApplication"));
            command.addAll(this.arguments);
            ApplicationStart start = ApplicationStart.run(command, STARTED,
                    "The application exited without starting (" + this.name + ")", 60);
            double value = Double.parseDouble(start.started().group(1));
            this.seconds.add(value);
            this.cpuSeconds.add(start.cpuSeconds().orElse(Double.NaN));
            start.last(DIFF_MILLIS).ifPresent((diff) -> this.diffMillis.add(Double.parseDouble(diff)));
            return value;
        }

        String last() {
            return String.format(Locale.ROOT, "%.2f s (cpu %.2f s%s)", this.seconds.get(this.seconds.size() - 1),
                    this.cpuSeconds.get(this.cpuSeconds.size() - 1), this.diffMillis.isEmpty() ? ""
                            : ", auto-diff " + this.diffMillis.get(this.diffMillis.size() - 1).intValue() + " ms");
        }

        /** Drops the warm-up's measurements. */
        void forget() {
            this.seconds.clear();
            this.diffMillis.clear();
            this.cpuSeconds.clear();
        }

        double medianCpu() {
            return median(this.cpuSeconds);
        }

        double medianSeconds() {
            return median(this.seconds);
        }

        double medianDiffMillis() {
            return this.diffMillis.isEmpty() ? Double.NaN : median(this.diffMillis);
        }

    }

}
