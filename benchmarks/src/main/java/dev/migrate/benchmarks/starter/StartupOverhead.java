package dev.migrate.benchmarks.starter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.migrate.benchmarks.ApplicationStart;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.SumFile;

import static dev.migrate.benchmarks.Measurement.median;

/**
 * Startup time the integrity gate adds to the sample app with 1,000 migration files.
 * <p>
 * Both configurations restart the same app against the same H2 file database, on which the 1,000 Liquibase
 * changesets are already applied (a warm-up run applies them): "with gate" uses the starter (gate, out-of-order guard,
 * generated changelog); "without gate" sets {@code migrate.enabled=false} and gives Liquibase an equivalent changelog
 * file, so Liquibase does the same work in both. Runs alternate (ABAB, then BABA); the figure is the ratio of the
 * medians of Spring Boot's own "Started ... in N seconds". The gate also logs its own duration, which is reported as
 * well: on a busy machine it is the steadier figure.
 * <p>
 * The directory is the sample's own migrations (its entities need their tables) followed by generated ones, 1,000
 * files in all.
 * <p>
 * Arguments: the sample app's runtime classpath, its migration directory, a work directory, the number of runs per
 * configuration (default 7).
 */
public final class StartupOverhead {

    private static final int FILES = 1000;

    private static final Pattern STARTED = Pattern.compile("Started SampleApplication in ([0-9.]+) seconds");

    private static final Pattern GATE = Pattern.compile("matches its atlas.sum .*checked in ([0-9]+) ms");

    /** The gate's own time in the last run with the gate, from its log line. */
    private static long gateMillis;

    /** CPU time (all threads) the last run had used when it had started: steadier than wall time on a busy machine. */
    private static double cpuSeconds;

    public static void main(String[] args) throws Exception {
        String classpath = args[0];
        Path sample = Path.of(args[1]);
        Path work = Path.of(args[2]).toAbsolutePath();
        int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 7;
        Path migrations = work.resolve("migrations");
        Path changelog = work.resolve("changelog.xml");
        writeDirectory(sample, migrations, changelog);
        String database = "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";AUTO_SERVER=FALSE";
        List<String> withGate = List.of(database, "--migrate.dir=file:" + migrations);
        List<String> withoutGate = List.of(database, "--migrate.enabled=false",
                "--spring.liquibase.change-log=file:" + changelog);
        System.out.printf(Locale.ROOT, "warm-up (applies %d migrations): %.3f s%n", FILES,
                start(classpath, withGate));
        start(classpath, withoutGate);
        List<Double> gated = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> gate = new ArrayList<>();
        List<Double> plainCpu = new ArrayList<>();
        List<Double> gatedCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Alternate which configuration goes first, so drift in the machine's load hits both alike.
            if (i % 2 == 0) {
                plain.add(start(classpath, withoutGate));
                plainCpu.add(cpuSeconds);
                gated.add(start(classpath, withGate));
                gatedCpu.add(cpuSeconds);
            }
            else {
                gated.add(start(classpath, withGate));
                gatedCpu.add(cpuSeconds);
                plain.add(start(classpath, withoutGate));
                plainCpu.add(cpuSeconds);
            }
            gate.add((double) gateMillis);
            System.out.printf(Locale.ROOT,
                    "run %d: without gate %.3f s (cpu %.2f s), with gate %.3f s (cpu %.2f s, integrity check %d ms)%n",
                    i + 1, plain.get(i), plainCpu.get(i), gated.get(i), gatedCpu.get(i), gateMillis);
        }
        System.out.printf(Locale.ROOT, "median integrity check: %.0f ms%n", median(gate));
        System.out.printf(Locale.ROOT, "median cpu without gate: %.2f s, with gate: %.2f s, ratio %.3f%n",
                median(plainCpu), median(gatedCpu), median(gatedCpu) / median(plainCpu));
        double medianPlain = median(plain);
        double medianGated = median(gated);
        System.out.printf(Locale.ROOT, "median without gate: %.3f s%nmedian with gate:    %.3f s%n", medianPlain,
                medianGated);
        System.out.printf(Locale.ROOT, "ratio: %.3f (%+.1f%%)%n", medianGated / medianPlain,
                (medianGated / medianPlain - 1) * 100);
    }

    /**
     * The sample's migrations and small generated Liquibase formatted SQL ones, 1,000 in all, their atlas.sum, and
     * a changelog including them in order.
     */
    private static void writeDirectory(Path sample, Path migrations, Path changelog) throws IOException {
        Files.createDirectories(migrations);
        List<String> names = new ArrayList<>(MigrationDirectory.ofPath(sample).sqlFileNames());
        for (String name : names) {
            Files.copy(sample.resolve(name), migrations.resolve(name));
        }
        for (int i = names.size() + 1; i <= FILES; i++) {
            String version = String.format(Locale.ROOT, "2026%010d", i);
            String name = version + "_create_table_" + i + ".sql";
            String sql = "-- liquibase formatted sql\n\n-- changeset bench:" + version + "\n"
                    + "CREATE TABLE bench_" + i + " (id BIGINT PRIMARY KEY, name VARCHAR(100));\n"
                    + "-- rollback DROP TABLE bench_" + i + ";\n";
            Files.writeString(migrations.resolve(name), sql, StandardCharsets.UTF_8);
            names.add(name);
        }
        StringBuilder includes = new StringBuilder();
        for (String name : names) {
            includes.append("    <include file=\"file:").append(migrations.resolve(name)).append("\"/>\n");
        }
        Files.write(migrations.resolve("atlas.sum"), SumFile.compute(MigrationDirectory.ofPath(migrations))
            .renderBytes());
        Files.writeString(changelog, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog "
                + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n" + includes
                + "</databaseChangeLog>\n", StandardCharsets.UTF_8);
    }

    /** Starts the app, reads its startup time from the log, and stops it. */
    private static double start(String classpath, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", classpath, "dev.migrate.sample.SampleApplication", "--server.port=0"));
        command.addAll(arguments);
        ApplicationStart start = ApplicationStart.run(command, STARTED,
                "The sample app exited without starting " + arguments, 40);
        start.last(GATE).ifPresent((millis) -> gateMillis = Long.parseLong(millis));
        cpuSeconds = start.cpuSeconds().orElse(0.0);
        return Double.parseDouble(start.started().group(1));
    }

}
