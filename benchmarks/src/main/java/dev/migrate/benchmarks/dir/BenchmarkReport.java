package dev.migrate.benchmarks.dir;

import dev.migrate.benchmarks.dir.DirectoryValidationBenchmark.Operation;
import dev.migrate.benchmarks.dir.DirectoryValidationBenchmark.Results;
import dev.migrate.benchmarks.dir.DirectoryValidationBenchmark.Settings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The figures as Markdown: machine, method, per-operation times and the validate / plain read ratios. */
final class BenchmarkReport {

    private static final double TARGET = DirectoryValidationBenchmark.TARGET_RATIO;

    private final Settings settings;
    private final MigrationFixture fixture;
    private final Results results;

    BenchmarkReport(Settings settings, MigrationFixture fixture, Results results) {
        this.settings = settings;
        this.fixture = fixture;
        this.results = results;
    }

    String render() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Directory validation: `atlas.sum` check vs. plain read\n\n");
        md.append(String.format(Locale.ROOT, "Validating %,d migration files of %,d bytes (plus a %,d-byte `atlas.sum`,"
                + " %.1f MB in all) with `IntegrityVerifier.verify`, compared with listing and reading the same bytes"
                + " with plain JDK calls. Target: validation costs at most %.1fx the plain read (warm medians).\n\n",
                fixture.files(), settings.size(), fixture.sumFileBytes(), fixture.bytes() / 1e6, TARGET));
        md.append("- Date: ").append(LocalDate.now(ZoneOffset.UTC)).append(" (UTC)\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- JVM: ").append(jvm()).append('\n');
        md.append("- Method: one JVM, ").append(settings.warmup()).append(" warm-up rounds then ")
            .append(settings.rounds()).append(" measured rounds; each round times one full pass of every operation,"
                    + " in an order rotating each round, with a GC before each pass. \"First run\" is each operation's"
                    + " first pass in the fresh JVM, in the order listed (JIT cold, OS file cache warm from generating"
                    + " the files): indicative only.\n")
            .append("- File system: `MigrationDirectory.ofPath` vs. `Files.list` + `Files.readAllBytes` per entry."
                    + " Jar (deflated, with folder entries): `MigrationDirectory.ofClasspath` through a"
                    + " `URLClassLoader` vs. `new JarFile` + enumerating and reading every entry; both open the jar"
                    + " on every pass.\n\n");
        md.append("| Source | Operation | Median | p90 | Min | Max | First run |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Operation operation : results.operations()) {
            Samples samples = results.warm().get(operation);
            md.append("| ").append(operation.source()).append(" | ").append(operation.kind()).append(" | ")
                .append(ms(samples.median())).append(" | ").append(ms(samples.p90())).append(" | ")
                .append(ms(samples.min())).append(" | ").append(ms(samples.max())).append(" | ")
                .append(ms(results.firstRun(operation))).append(" |\n");
        }
        md.append("\n| Source | Validate / plain read, warm medians | Same-round pairs, median | min / min | p90 / p90"
                + " | First run | Target ≤ ").append(format(TARGET)).append("x |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (String source : List.of("file system", "jar")) {
            Samples read = results.warm(source, "plain read");
            Samples validate = results.warm(source, "validate");
            double ratio = (double) validate.median() / read.median();
            md.append("| ").append(source).append(" | **").append(format(ratio)).append("x** | ")
                .append(format(validate.medianRatioTo(read))).append("x | ")
                .append(format((double) validate.min() / read.min())).append("x | ")
                .append(format((double) validate.p90() / read.p90())).append("x | ")
                .append(format(firstRunRatio(source))).append("x | ")
                .append(ratio <= TARGET ? "met" : "**not met**").append(" |\n");
        }
        md.append('\n').append(floor()).append('\n');
        md.append("\nReproduce from the repository root (about a minute; writes this section):\n\n```\n")
            .append(DirectoryValidationBenchmark.COMMAND).append("\n```\n");
        return md.toString();
    }

    /**
     * What validation cannot avoid on the file system: reading every {@code *.sql} entry (as Atlas does, without a
     * stat per entry) and SHA-256 over every byte. Shows how much of the ratio is left to win.
     */
    private String floor() {
        long read = results.warm("file system", "plain read").median();
        long filesOnly = results.warm("file system", DirectoryValidationBenchmark.FILES_ONLY).median();
        long sha = results.warm("memory", DirectoryValidationBenchmark.SHA_ONLY).median();
        long validate = results.warm("file system", "validate").median();
        return String.format(Locale.ROOT, "Where the file system time goes (warm medians): validation reads every"
                + " `*.sql` entry as Atlas does, without a `stat` per entry (that alone would cost %s: plain read, files"
                + " only, %s), and must hash every byte (SHA-256 alone: %s). The read plus the hash give a floor of %s"
                + " = %sx the plain read; validation takes %s, %s above that floor (sorting, parsing `atlas.sum`,"
                + " per-file digests).", ms(filesOnly - read), ms(filesOnly), ms(sha), ms(read + sha),
                format((double) (read + sha) / read), ms(validate), ms(validate - read - sha));
    }

    private double firstRunRatio(String source) {
        Operation read = find(source, "plain read");
        Operation validate = find(source, "validate");
        return (double) results.firstRun(validate) / results.firstRun(read);
    }

    private Operation find(String source, String kind) {
        return results.operations().stream()
            .filter(operation -> operation.source().equals(source) && operation.kind().equals(kind))
            .findFirst()
            .orElseThrow();
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores" + cpuModel().map(model -> " (" + model + ")")
            .orElse("") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + loadAverage().map(load -> ", load average " + load + " at the end"
                    + " (figures above about 1 per core mean other work shared the machine)").orElse("");
    }

    private static Optional<String> loadAverage() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            if (!Files.isReadable(loadavg)) {
                return Optional.empty();
            }
            String[] fields = Files.readString(loadavg).split(" ");
            return Optional.of(String.join(" / ", fields[0], fields[1], fields[2]) + " (1 / 5 / 15 min)");
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (!Files.isReadable(cpuinfo)) {
                return Optional.empty();
            }
            return Files.readAllLines(cpuinfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    private static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", options "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

}
