package dev.migrate.benchmarks.dir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.migrate.benchmarks.ReadmeSection;

/**
 * How much validating a migration directory against {@code atlas.sum} costs compared with merely reading its bytes,
 * from a folder and from inside a jar. Target: validation takes at most 1.5x the plain read (warm medians).
 *
 * <p>All operations run in the same JVM and the same rounds, in an order that rotates every round so that none
 * always runs first or after the same neighbour; a GC before each timed pass keeps one pass's garbage out of the
 * next one's time. Arguments: {@code --files N --size BYTES --warmup ROUNDS --rounds ROUNDS --readme PATH}.
 */
public final class DirectoryValidationBenchmark {

    static final String COMMAND = "./mvnw -B -q -pl benchmarks -am package -DskipTests -Pdir-validation-benchmark";

    static final double TARGET_RATIO = 1.5;

    static final String FILES_ONLY = "plain read, files only";

    static final String SHA_ONLY = "SHA-256 of the same bytes";

    private DirectoryValidationBenchmark() {
    }

    /** One timed pass over the whole directory. */
    record Operation(String source, String kind, LongSupplier pass) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        try (MigrationFixture fixture = MigrationFixture.create(settings.files(), settings.size());
                URLClassLoader loader = new URLClassLoader(new URL[] {fixture.jar().toUri().toURL()}, null)) {
            InMemoryHash hash = InMemoryHash.of(fixture.directory());
            List<Operation> operations = List.of(
                    new Operation("file system", "plain read", () -> PlainReads.folder(fixture.directory())),
                    new Operation("file system", "validate", () -> Validations.folder(fixture.directory())),
                    new Operation("file system", FILES_ONLY, () -> PlainReads.folderFilesOnly(fixture.directory())),
                    new Operation("jar", "plain read", () -> PlainReads.jar(fixture.jar(), MigrationFixture.JAR_FOLDER)),
                    new Operation("jar", "validate", () -> Validations.classpath(loader, MigrationFixture.JAR_FOLDER)),
                    new Operation("memory", SHA_ONLY, hash::hashAll));
            Results results = run(operations, settings);
            String report = new BenchmarkReport(settings, fixture, results).render();
            System.out.println(report);
            if (settings.readme() != null) {
                ReadmeSection.write(settings.readme(), "dir-validation-benchmark", report);
                System.out.println("Wrote " + settings.readme());
            }
        }
    }

    private static Results run(List<Operation> operations, Settings settings) {
        Map<Operation, Long> firstRuns = new LinkedHashMap<>();
        Map<Operation, Samples> warm = new LinkedHashMap<>();
        operations.forEach(operation -> warm.put(operation, new Samples()));
        long sink = 0;
        for (int round = 0; round < settings.warmup() + settings.rounds(); round++) {
            for (Operation operation : rotated(operations, round)) {
                System.gc();
                long start = System.nanoTime();
                sink += operation.pass().getAsLong();
                long elapsed = System.nanoTime() - start;
                if (round == 0) {
                    firstRuns.put(operation, elapsed);
                }
                else if (round >= settings.warmup()) {
                    warm.get(operation).add(elapsed);
                }
            }
            System.err.print(round < settings.warmup() ? "w" : ".");
        }
        System.err.println(" (" + sink + ")");
        return new Results(operations, firstRuns, warm);
    }

    private static List<Operation> rotated(List<Operation> operations, int round) {
        List<Operation> order = new ArrayList<>(operations.size());
        for (int index = 0; index < operations.size(); index++) {
            order.add(operations.get((index + round) % operations.size()));
        }
        return order;
    }

    /** The samples of every operation, in the order the operations were declared. */
    record Results(List<Operation> operations, Map<Operation, Long> firstRuns, Map<Operation, Samples> warm) {

        Samples warm(String source, String kind) {
            return warm.get(find(source, kind));
        }

        private Operation find(String source, String kind) {
            return operations.stream().filter(op -> op.source().equals(source) && op.kind().equals(kind)).findFirst()
                .orElseThrow();
        }

        long firstRun(Operation operation) {
            return firstRuns.get(operation);
        }

    }

    record Settings(int files, int size, int warmup, int rounds, Path readme) {

        static Settings parse(String[] args) {
            int files = 10_000;
            int size = 2048;
            int warmup = 10;
            int rounds = 60;
            Path readme = null;
            for (int index = 0; index + 1 < args.length; index += 2) {
                String value = args[index + 1];
                switch (args[index]) {
                    case "--files" -> files = Integer.parseInt(value);
                    case "--size" -> size = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--readme" -> readme = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[index]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("Options come in pairs: --name value");
            }
            return new Settings(files, size, Math.max(1, warmup), Math.max(1, rounds), readme);
        }

    }

}
