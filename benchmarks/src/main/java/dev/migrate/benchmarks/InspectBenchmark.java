package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.migrate.diff.SchemaChange;
import dev.migrate.plan.Plan;
import dev.migrate.postgres.Postgres;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Index;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * Inspecting a 1,000-table PostgreSQL schema with the migrate inspector, with Liquibase's snapshot, with per-table
 * JDBC metadata calls and with the bare catalog queries; diff and plan of two such schemas; and the inspector on
 * 100, 1,000 and 5,000 tables. Works in a scratch database that it drops at the end, and writes its figures into
 * its section of {@code benchmarks/README.md}.
 *
 * <p>Arguments: {@code --url <jdbc url>} (default: {@code MIGRATE_TEST_POSTGRES_URL}, then a local server),
 * {@code --readme <path>} (default: print only), {@code --quick true} (only migrate and the bare queries, for
 * working on the inspector; writes nothing).
 */
public final class InspectBenchmark {

    private static final String SECTION = "inspect-benchmark";
    private static final String COMMAND = "./mvnw -q -pl benchmarks -am compile -Pinspect-benchmark";
    private static final int MAIN_SIZE = 1000;
    private static final int[] SCALING_SIZES = {100, 1000, 5000};

    /** The schema the benchmark tables live in, one scratch database per schema size. */
    private static final String SCHEMA = "bench";

    private final String adminUrl;
    private String serverVersion = "PostgreSQL";
    private String loadBefore;
    private String loadAfter;

    private InspectBenchmark(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("MIGRATE_TEST_POSTGRES_URL");
        Path readme = null;
        boolean quick = false;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--readme" -> readme = Path.of(args[i + 1]);
                case "--quick" -> quick = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; expected --url <jdbc url> and/or --readme <path>");
            }
        }
        if (url == null || url.isBlank()) {
            url = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        InspectBenchmark benchmark = new InspectBenchmark(url);
        if (quick) {
            benchmark.inScratchDatabase(MAIN_SIZE, benchmark::compareWithoutPeers);
            return;
        }
        String report = benchmark.run();
        System.out.println(report);
        if (readme != null) {
            ReadmeSection.write(readme, SECTION, report);
            System.out.println("Updated " + readme);
        }
    }

    private String run() throws Exception {
        loadBefore = LoadAverage.oneMinute();
        Figures figures = inScratchDatabase(MAIN_SIZE, this::compare);
        List<double[]> scaling = new ArrayList<>();
        for (int size : SCALING_SIZES) {
            double millis = size == MAIN_SIZE ? figures.ours() : inScratchDatabase(size, connection -> {
                InspectOptions options = InspectOptions.schema(SCHEMA);
                return Measurement.medianMillis("migrate inspector, " + size + " tables", 3, size > MAIN_SIZE ? 5 : 11,
                        () -> Postgres.dialect().inspect(connection, options));
            });
            scaling.add(new double[] {size, millis});
        }
        loadAfter = LoadAverage.oneMinute();
        return report(figures, scaling);
    }

    @FunctionalInterface
    private interface DatabaseWork<T> {
        T run(Connection connection) throws Exception;
    }

    /** Runs {@code work} in a new database holding only the benchmark schema of {@code tables} tables. */
    private <T> T inScratchDatabase(int tables, DatabaseWork<T> work) throws Exception {
        String database = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        executeAsAdmin("CREATE DATABASE " + database);
        try (Connection connection = DriverManager.getConnection(urlOf(database))) {
            System.out.println("Creating " + tables + " tables...");
            BenchmarkSchema.create(connection, SCHEMA, tables);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            return work.run(connection);
        }
        finally {
            executeAsAdmin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** For quick iterations on the inspector: only migrate and the bare queries, nothing written. */
    private Figures compareWithoutPeers(Connection connection) throws Exception {
        InspectOptions options = InspectOptions.schema(SCHEMA);
        Schema inspected = Postgres.dialect().inspect(connection, options);
        Measurement.medianMillis("migrate inspector", 5, 11, () -> Postgres.dialect().inspect(connection, options));
        Measurement.medianMillis("bare bulk catalog queries", 5, 11,
                () -> Contenders.bareCatalogQueries(connection, SCHEMA));
        Schema desired = modified(inspected);
        Measurement.medianMillis("diff + plan", 5, 11,
                () -> Postgres.dialect().plan(Postgres.dialect().differ().diff(inspected, desired)));
        return null;
    }

    private Figures compare(Connection connection) throws Exception {
        InspectOptions options = InspectOptions.schema(SCHEMA);
        Schema inspected = Postgres.dialect().inspect(connection, options);
        check(inspected.tables().size() == MAIN_SIZE, "inspector saw " + inspected.tables().size() + " tables");
        serverVersion = serverVersion(connection);

        double ours = Measurement.medianMillis("migrate inspector", 5, 21,
                () -> Postgres.dialect().inspect(connection, options));
        double bare = Measurement.medianMillis("bare bulk catalog queries", 5, 21,
                () -> Contenders.bareCatalogQueries(connection, SCHEMA));
        Schema desired = modified(inspected);
        List<SchemaChange> changes = Postgres.dialect().differ().diff(inspected, desired);
        Plan plan = Postgres.dialect().plan(changes);
        double diffAndPlan = Measurement.medianMillis("diff + plan", 10, 21,
                () -> Postgres.dialect().plan(Postgres.dialect().differ().diff(inspected, desired)));
        double jdbc = Measurement.medianMillis("per-table JDBC DatabaseMetaData", 1, 3,
                () -> Contenders.perTableMetadata(connection, SCHEMA));
        check(Contenders.liquibaseSnapshot(connection, SCHEMA) == MAIN_SIZE, "Liquibase saw a different schema");
        double liquibase = Measurement.medianMillis("Liquibase createSnapshot", 0, 3,
                () -> Contenders.liquibaseSnapshot(connection, SCHEMA));
        return new Figures(ours, bare, jdbc, liquibase, diffAndPlan, changes.size(), plan.statements().size());
    }

    /** Every table's {@code code} widened to varchar(100); every tenth table gains a column and an index. */
    private static Schema modified(Schema schema) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        for (Table table : schema.tables()) {
            List<Column> columns = new ArrayList<>(table.columns().stream().map(c -> c.name().equals("code")
                    ? c.withType(ColumnType.withLength("character varying", 100)) : c).toList());
            Table changed = table;
            if (i++ % 10 == 0) {
                columns.add(Column.of("extra", ColumnType.of("text"), true));
                List<Index> indexes = new ArrayList<>(table.indexes());
                indexes.add(Index.on(table.name() + "_extra_idx", "extra"));
                changed = changed.withIndexes(indexes);
            }
            tables.add(changed.withColumns(columns));
        }
        return schema.withTables(tables);
    }

    private record Figures(double ours, double bare, double jdbc, double liquibase, double diffAndPlan, int changes,
            int statements) {
    }

    private String report(Figures f, List<double[]> scaling) {
        StringBuilder md = new StringBuilder();
        md.append("## Inspecting a PostgreSQL schema\n\n");
        md.append("Schema: ").append(String.format(Locale.ROOT, "%,d", MAIN_SIZE)).append(" tables, each with 10 ")
                .append("columns of varied types, a primary key, 1 foreign key, 1 unique constraint, 1 index and 1 ")
                .append("check constraint. Same database, same run; warm-up runs first, then the median of several ")
                .append("runs.\n\n");
        md.append("| Reading the 1,000-table schema with | Median | Relative to migrate |\n|---|---:|---:|\n");
        md.append(row("migrate `PostgresInspector` (full model)", f.ours(), "1.0x"));
        md.append(row("bare bulk catalog queries (same rows, no model)", f.bare(),
                "migrate takes " + ratio(f.ours() / f.bare()) + " this time"));
        md.append(row("per-table JDBC `DatabaseMetaData` calls", f.jdbc(), ratio(f.jdbc() / f.ours()) + " slower"));
        md.append(row("Liquibase `SnapshotGeneratorFactory.createSnapshot`", f.liquibase(),
                ratio(f.liquibase() / f.ours()) + " slower"));
        md.append("\n| Diff + plan of two 1,000-table schemas | Median |\n|---|---:|\n");
        md.append(String.format(Locale.ROOT, "| %d changes, %d statements with their reverse | %.1f ms |%n",
                f.changes(), f.statements(), f.diffAndPlan()));
        md.append("\n| Tables | migrate inspector | per table |\n|---:|---:|---:|\n");
        for (double[] point : scaling) {
            md.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %.3f ms |%n", (int) point[0], point[1],
                    point[1] / point[0]));
        }
        md.append("\nTargets:\n\n");
        md.append(target(f.liquibase() / f.ours() >= 30, "at least 30x faster than Liquibase",
                ratio(f.liquibase() / f.ours())));
        md.append(target(f.ours() / f.bare() <= 2, "within 2x of the bare bulk queries", ratio(f.ours() / f.bare())));
        md.append(target(f.diffAndPlan() < 100, "diff + plan of two such schemas under 100 ms",
                String.format(Locale.ROOT, "%.1f ms", f.diffAndPlan())));
        md.append("\nMeasured on ").append(LocalDate.now(ZoneOffset.UTC)).append(": ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(serverVersion)
                .append(" on the same machine; one-minute load average ").append(loadBefore).append(" before and ")
                .append(loadAfter).append(" after the run (other builds shared the machine, so single runs vary). ")
                .append("Each size is measured in its own scratch database holding only that schema.\n\n");
        md.append("Liquibase (`liquibase-core`, version managed by Spring Boot) is licensed FSL-1.1-ALv2, not ")
                .append("Apache-2.0; it is only a point of comparison here.\n\n");
        md.append("Reproduce from the repository root (PostgreSQL from `MIGRATE_TEST_POSTGRES_URL`, or a local ")
                .append("server; the benchmark works in a scratch database it drops afterwards):\n\n")
                .append("```\n").append(COMMAND).append("\n```\n");
        return md.toString();
    }

    private static String row(String what, double millis, String relative) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %s |%n", what, millis, relative);
    }

    private static String target(boolean met, String what, String actual) {
        return "- " + what + ": **" + (met ? "met" : "not met") + "** (" + actual + ")\n";
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1fx", value);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Benchmark setup is wrong: " + message);
        }
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1).split(" ")[0];
        }
    }

    private void executeAsAdmin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

}
