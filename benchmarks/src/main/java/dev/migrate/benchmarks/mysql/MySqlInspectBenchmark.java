package dev.migrate.benchmarks.mysql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.mysql.MySql;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

import dev.migrate.benchmarks.LoadAverage;
import dev.migrate.benchmarks.Measurement;
import dev.migrate.benchmarks.ReadmeSection;

/**
 * Inspecting 100 and 1,000 tables of a MySQL or MariaDB database with the migrate inspector, with its bare bulk
 * {@code information_schema} queries (rows fetched, no model) and with Liquibase's snapshot, on the same server in
 * the same run. Each size lives in a scratch database dropped at the end; the figures go into their section of
 * {@code benchmarks/README.md}.
 *
 * <p>Arguments: {@code --url <jdbc url without a database>} (default: {@code MIGRATE_TEST_MYSQL_URL}, then a local
 * server), {@code --readme <path>} (default: print only).
 */
public final class MySqlInspectBenchmark {

    private static final String SECTION = "mysql-inspect-benchmark";
    private static final String COMMAND = "./mvnw -q -pl benchmarks -am compile -Pmysql-inspect-benchmark";
    private static final int[] SIZES = {100, 1000};

    private final String serverUrl;

    private MySqlInspectBenchmark(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("MIGRATE_TEST_MYSQL_URL");
        Path readme = null;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--readme" -> readme = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; expected --url <jdbc url> and/or --readme <path>");
            }
        }
        if (url == null || url.isBlank()) {
            url = "jdbc:mariadb://127.0.0.1:3306/?user=root";
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        String report = new MySqlInspectBenchmark(url).run();
        System.out.println(report);
        if (readme != null) {
            ReadmeSection.write(readme, SECTION, report);
            System.out.println("Updated " + readme);
        }
    }

    private record Figures(int tables, double ours, double bare, double liquibase, int liquibaseRuns) {
    }

    private String run() throws Exception {
        String loadBefore = LoadAverage.oneMinute();
        List<Figures> figures = new ArrayList<>();
        String server = null;
        for (int size : SIZES) {
            String database = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + database);
            try (Connection connection = DriverManager.getConnection(urlOf(database))) {
                System.out.println("Creating " + size + " tables...");
                MySqlBenchmarkSchema.create(connection, size);
                server = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                figures.add(measure(connection, database, size));
            }
            finally {
                execute("DROP DATABASE IF EXISTS " + database);
            }
        }
        return report(figures, server, loadBefore, LoadAverage.oneMinute());
    }

    private static Figures measure(Connection connection, String database, int size) throws Exception {
        Dialect dialect = Dialects.of(connection);
        InspectOptions options = InspectOptions.schema(database);
        Schema inspected = dialect.inspect(connection, options);
        check(inspected.tables().size() == size, "inspector saw " + inspected.tables().size() + " tables");
        boolean mariaDb = dialect.id().equals("mariadb");
        double ours = Measurement.medianMillis("migrate inspector, " + size + " tables", 3, 11,
                () -> dialect.inspect(connection, options));
        double bare = Measurement.medianMillis("bare bulk queries, " + size + " tables", 3, 11,
                () -> bareQueries(connection, database, mariaDb));
        // Liquibase reads table by table: minutes for 1,000 tables, so it runs once there (and checks its count).
        int liquibaseRuns = size > 100 ? 1 : 3;
        double liquibase = Measurement.medianMillis("Liquibase createSnapshot, " + size + " tables", 0, liquibaseRuns,
                () -> check(liquibaseSnapshot(connection, database) == size, "Liquibase saw a different schema"));
        return new Figures(size, ours, bare, liquibase, liquibaseRuns);
    }

    /** The inspector's own bulk queries, every value of every row read, no model built. */
    private static int bareQueries(Connection connection, String database, boolean mariaDb) throws SQLException {
        int read = 0;
        for (String sql : MySql.catalogQueries(mariaDb)) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, database);
                try (ResultSet rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getString(i);
                        }
                        read++;
                    }
                }
            }
        }
        return read;
    }

    /** Liquibase's snapshot of the database (a MySQL catalog); returns the number of tables it saw. */
    private static int liquibaseSnapshot(Connection connection, String database) throws Exception {
        Database liquibase = DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance()
            .createSnapshot(new CatalogAndSchema(database, null), liquibase, new SnapshotControl(liquibase));
        return snapshot.get(Table.class).size();
    }

    private static String report(List<Figures> figures, String server, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder("## Inspecting a MySQL / MariaDB database\n\n");
        md.append("Each table has 10 columns of varied types, a primary key (`AUTO_INCREMENT`), 1 foreign key, 1 ")
            .append("unique constraint, 1 index and 1 check constraint. Warm JVM: warm-up runs first, then the ")
            .append("median of several runs, all in one process against one server.\n\n");
        md.append("| Tables | migrate `MySqlInspector` (full model) | bare bulk `information_schema` queries "
                + "(same rows, no model) | Liquibase `createSnapshot` | Liquibase / migrate |\n|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures) {
            md.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f ms | %.0f ms (%s) | %.0fx |%n", f.tables(),
                    f.ours(), f.bare(), f.liquibase(), f.liquibaseRuns() == 1 ? "one run" : "median of "
                            + f.liquibaseRuns(), f.liquibase() / f.ours()));
        }
        Figures largest = figures.get(figures.size() - 1);
        md.append("\nThe inspector runs the same five queries whatever the table count (plus one for all of ")
            .append("MariaDB's sequences when there are any), so its cost follows the rows the server returns. At ")
            .append(String.format(Locale.ROOT, "%,d tables it takes %.1fx the bare queries' time", largest.tables(),
                    largest.ours() / largest.bare()))
            .append(": the same queries and rows, plus building and normalizing the model in Java. Liquibase ")
            .append("reads the catalog table by table.\n\n");
        md.append("Measured on ").append(LocalDate.now(ZoneOffset.UTC)).append(": ")
            .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
            .append(System.getProperty("java.version")).append(", ").append(server)
            .append(" on the same machine; one-minute load average ").append(loadBefore).append(" before and ")
            .append(loadAfter).append(" after the run (other builds shared the machine, so single runs vary).\n\n");
        md.append("Reproduce from the repository root (the server from `MIGRATE_TEST_MYSQL_URL`, a URL without a ")
            .append("database, or a local MariaDB; the benchmark works in scratch databases it drops afterwards):\n\n")
            .append("```\n").append(COMMAND).append("\n```\n");
        return md.toString();
    }

    private String urlOf(String database) {
        int hostStart = serverUrl.indexOf("//") + 2;
        int path = serverUrl.indexOf('/', hostStart);
        int query = serverUrl.indexOf('?', hostStart);
        String host = serverUrl.substring(0, path >= 0 ? path : query >= 0 ? query : serverUrl.length());
        return host + "/" + database + (query >= 0 ? serverUrl.substring(query) : "");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Benchmark setup is wrong: " + message);
        }
    }

}
