package dev.migrate.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.postgres.Postgres.CatalogQuery;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaInspectionException;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.UniqueConstraint;

/**
 * Reads one PostgreSQL schema into the {@link Schema} model with a fixed set of bulk catalog queries
 * ({@link PostgresCatalogQueries}), whatever the number of tables. The result is in
 * {@link PostgresNormalizer canonical form}. Views, functions, triggers, policies, extension members and excluded
 * tables are not read.
 */
final class PostgresInspector {

    private static final Logger log = LoggerFactory.getLogger(PostgresInspector.class);

    /** {@code pg_index.indoption} bits. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    Schema inspect(Connection connection, InspectOptions options) {
        long started = System.nanoTime();
        try {
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            run(connection, options, PostgresCatalogQueries.TABLES,
                    row -> tables.put(row.getString(1), new TableBuilder(row.getString(1), row.getString(2))));
            run(connection, options, PostgresCatalogQueries.COLUMNS,
                    row -> table(tables, row).addColumn(row.getInt("attnum"), column(row)));
            run(connection, options, PostgresCatalogQueries.CONSTRAINTS, row -> addConstraint(table(tables, row), row));
            run(connection, options, PostgresCatalogQueries.INDEXES, row -> addIndex(table(tables, row), row));
            List<EnumType> enums = new ArrayList<>();
            run(connection, options, PostgresCatalogQueries.ENUMS,
                    row -> enums.add(new EnumType(row.getString(1), List.of((String[]) row.getArray(2).getArray()))));
            List<Sequence> sequences = new ArrayList<>();
            run(connection, options, PostgresCatalogQueries.SEQUENCES, row -> {
                String ownerName = row.getString("owner_table");
                TableBuilder owner = ownerName == null ? null : tables.get(ownerName);
                if (ownerName != null && owner == null) {
                    return; // belongs to a table that is not inspected: left alone with it
                }
                if ("i".equals(row.getString("deptype"))) {
                    owner.setIdentityOptions(row.getString("owner_column"), sequenceOptions(row));
                }
                else {
                    sequences.add(sequence(row));
                }
            });
            Schema schema = new Schema(options.schema(), tables.values().stream().map(TableBuilder::build).toList(),
                    enums, sequences);
            log.debug("Inspected schema {} ({} tables) in {} ms", options.schema(), tables.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return PostgresNormalizer.INSTANCE.normalize(schema);
        }
        catch (SQLException ex) {
            throw new SchemaInspectionException("Could not inspect PostgreSQL schema \"" + options.schema() + "\": "
                    + ex.getMessage(), "Give the dev database's user USAGE on schema " + options.schema()
                            + " and read access to the catalog (pg_catalog), or point migrate.dev.url at a database "
                            + "where it has them.", ex);
        }
    }

    private static void run(Connection connection, InspectOptions options, CatalogQuery query,
            PostgresCatalogQueries.RowHandler rows) throws SQLException {
        PostgresCatalogQueries.forEachRow(connection, options, query, rows);
    }

    private static TableBuilder table(Map<String, TableBuilder> tables, ResultSet row) throws SQLException {
        TableBuilder table = tables.get(row.getString(1));
        if (table == null) {
            throw new SQLException("Table " + row.getString(1) + " appeared while inspecting; retry");
        }
        return table;
    }

    private static Column column(ResultSet row) throws SQLException {
        ColumnType type = PostgresTypes.fromCatalog(row.getString("type_name"), row.getInt("atttypmod"),
                row.getBoolean("is_array"));
        String identityKind = row.getString("attidentity");
        Identity identity = identityKind == null || identityKind.isEmpty() ? null
                : new Identity("a".equals(identityKind), SequenceOptions.DEFAULTS);
        return new Column(row.getString("attname"), type, !row.getBoolean("attnotnull"), row.getString("default_expr"),
                identity, row.getString("generated"), row.getString("collation"), row.getString("description"));
    }

    private static SequenceOptions sequenceOptions(ResultSet row) throws SQLException {
        return new SequenceOptions(row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
                row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle"));
    }

    private static void addConstraint(TableBuilder table, ResultSet row) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = table.columnNames(numbers(row.getString("columns")));
        switch (row.getString("contype")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
            case "c" -> table.checks.add(new CheckConstraint(name, row.getString("check_expr")));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, row.getString("referenced_table"),
                    List.of((String[]) row.getArray("referenced_columns").getArray()),
                    action(row.getString("confdeltype")), action(row.getString("confupdtype")),
                    row.getBoolean("condeferrable"), row.getBoolean("condeferred")));
            default -> throw new SQLException("Unexpected constraint type " + row.getString("contype"));
        }
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static void addIndex(TableBuilder table, ResultSet row) throws SQLException {
        int keyCount = row.getInt("indnkeyatts");
        int[] columns = numbers(row.getString("keys"));
        int[] options = numbers(row.getString("options"));
        java.sql.Array expressionArray = row.getArray("expressions");
        String[] expressions = expressionArray == null ? null : (String[]) expressionArray.getArray();
        List<IndexPart> parts = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            boolean descending = (options[i] & DESC) != 0;
            boolean nullsFirst = (options[i] & NULLS_FIRST) != 0;
            boolean isExpression = columns[i] == 0;
            parts.add(new IndexPart(isExpression ? null : table.columnName(columns[i]),
                    isExpression ? expressions[i] : null, descending, nullsFirst == descending ? null : nullsFirst));
        }
        List<String> include = table.columnNames(Arrays.copyOfRange(columns, keyCount, columns.length));
        table.indexes.add(new Index(row.getString("index_name"), row.getBoolean("indisunique"), parts,
                row.getString("amname"), row.getString("predicate"), include));
    }

    /** The numbers of an {@code int2vector} ({@code "1 2"}) or {@code int2[]} ({@code "{1,2}"}) in text form. */
    private static int[] numbers(String vector) {
        int[] numbers = new int[vector.length()];
        int count = 0;
        int value = 0;
        boolean inNumber = false;
        boolean negative = false;
        for (int i = 0; i <= vector.length(); i++) {
            char c = i < vector.length() ? vector.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                inNumber = true;
            }
            else if (c == '-') {
                negative = true;
            }
            else {
                if (inNumber) {
                    numbers[count++] = negative ? -value : value;
                }
                value = 0;
                inNumber = false;
                negative = false;
            }
        }
        return Arrays.copyOf(numbers, count);
    }

    private static Sequence sequence(ResultSet row) throws SQLException {
        return new Sequence(row.getString("relname"), row.getString("data_type"), sequenceOptions(row),
                row.getString("owner_table"), row.getString("owner_column"));
    }

}
