package dev.migrate.mysql;

import static dev.migrate.schema.CatalogRows.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
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
import dev.migrate.schema.Table;

/**
 * Reads one MySQL 8 or MariaDB database (a schema, in MySQL's words) from {@code information_schema} with five bulk
 * queries whatever the number of tables, plus one for all of MariaDB's sequences when there are any. The server is
 * told apart by its version string, not the driver: MySQL Connector/J on a MariaDB server reads it as MariaDB.
 *
 * <p>Read: tables with comments; columns with canonical types (unsigned, zerofill, {@code enum(...)}), defaults,
 * {@code AUTO_INCREMENT}, stored generated columns, collation where it differs from the table's, comments; primary
 * keys; foreign keys with actions; unique and plain indexes with prefix lengths ({@code `name`(10)}), {@code DESC}
 * and MySQL 8's functional parts; checks (MariaDB and MySQL 8 keep them in different places); MariaDB sequences.
 * The index InnoDB creates for a foreign key (named after it, on its columns) is left out: it comes and goes with the
 * key. Not read: views, triggers, routines, partitions, a table's engine, charset and collation.
 */
final class MySqlInspector {

    private static final String TABLES = "select table_name, table_type, table_collation, table_comment "
            + "from information_schema.tables where table_schema = ? and table_type in ('BASE TABLE', 'SEQUENCE') "
            + "order by table_name";

    private static final String COLUMNS = "select table_name, column_name, column_type, is_nullable, column_default, "
            + "extra, generation_expression, collation_name, column_comment from information_schema.columns "
            + "where table_schema = ? order by table_name, ordinal_position";

    private static final String INDEXES = "select table_name, index_name, non_unique, column_name, sub_part, "
            + "collation, %s from information_schema.statistics where table_schema = ? "
            + "order by table_name, index_name, seq_in_index";

    private static final String FOREIGN_KEYS = "select k.table_name, k.constraint_name, k.column_name, "
            + "k.referenced_table_name, k.referenced_column_name, r.update_rule, r.delete_rule "
            + "from information_schema.key_column_usage k join information_schema.referential_constraints r "
            + "on r.constraint_schema = k.constraint_schema and r.table_name = k.table_name "
            + "and r.constraint_name = k.constraint_name "
            + "where k.table_schema = ? and k.referenced_table_name is not null "
            + "order by k.table_name, k.constraint_name, k.ordinal_position";

    /** MariaDB names a check per table and keeps its table in {@code check_constraints}. */
    private static final String MARIADB_CHECKS = "select table_name, constraint_name, check_clause "
            + "from information_schema.check_constraints where constraint_schema = ? order by table_name, constraint_name";

    /** MySQL 8 names a check per schema; its table is in {@code table_constraints}. */
    private static final String MYSQL_CHECKS = "select t.table_name, c.constraint_name, c.check_clause "
            + "from information_schema.table_constraints t join information_schema.check_constraints c "
            + "on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name "
            + "where t.table_schema = ? and t.constraint_type = 'CHECK' order by t.table_name, c.constraint_name";

    /** The bulk queries a server's inspection runs: {@link MySql#catalogQueries(boolean)}. */
    static List<String> catalogQueries(boolean mariaDb) {
        return List.of(TABLES, COLUMNS, FOREIGN_KEYS, indexes(mariaDb), checks(mariaDb));
    }

    /** MariaDB has no functional index parts, so no {@code expression} column. */
    private static String indexes(boolean mariaDb) {
        return String.format(INDEXES, mariaDb ? "null" : "expression");
    }

    private static String checks(boolean mariaDb) {
        return mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS;
    }

    Schema inspect(Connection connection, InspectOptions options) {
        try {
            boolean mariaDb = isMariaDb(connection);
            String schema = options.schema();
            Map<String, Parts> tables = new LinkedHashMap<>();
            List<String> sequences = new ArrayList<>();
            query(connection, TABLES, schema, row -> {
                String name = row.getString(1);
                if (options.excludedTables().contains(name.toLowerCase(Locale.ROOT))) {
                    return;
                }
                if ("SEQUENCE".equals(row.getString(2))) {
                    sequences.add(name);
                }
                else {
                    tables.put(name, new Parts(row.getString(3), row.getString(4)));
                }
            });
            query(connection, COLUMNS, schema, row -> {
                Parts table = tables.get(row.getString(1));
                if (table != null) {
                    table.columns.add(column(row, table.collation, mariaDb));
                }
            });
            query(connection, FOREIGN_KEYS, schema, row -> {
                Parts table = tables.get(row.getString(1));
                if (table != null) {
                    table.foreignKey(row);
                }
            });
            query(connection, indexes(mariaDb), schema, row -> {
                Parts table = tables.get(row.getString(1));
                if (table != null) {
                    table.indexPart(row);
                }
            });
            query(connection, checks(mariaDb), schema, row -> {
                Parts table = tables.get(row.getString(1));
                if (table != null) {
                    table.checks.add(new CheckConstraint(row.getString(2), row.getString(3)));
                }
            });
            List<Table> model = tables.entrySet().stream().map(e -> e.getValue().table(e.getKey())).toList();
            Schema inspected = new Schema(schema, model, List.of(), sequences(connection, schema, sequences));
            return MySqlNormalizer.INSTANCE.normalize(inspected);
        }
        catch (SQLException ex) {
            throw new SchemaInspectionException("Cannot read database " + options.schema() + " from "
                    + "information_schema: " + ex.getMessage(),
                    "Give the dev database's user SELECT on " + options.schema() + " (information_schema shows a "
                            + "user only what it may read), or point migrate.dev.url at a database where it has it.",
                    ex);
        }
    }

    static boolean isMariaDb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")
                || connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("MariaDB");
    }

    private static Column column(ResultSet row, String tableCollation, boolean mariaDb) throws SQLException {
        ColumnType type = MySqlTypes.parse(row.getString("column_type"));
        String extra = nullToEmpty(row.getString("extra")).toLowerCase(Locale.ROOT);
        String generated = row.getString("generation_expression");
        boolean isGenerated = extra.contains("generated") && !extra.contains("default_generated") && generated != null
                && !generated.isEmpty();
        String collation = row.getString("collation_name");
        Column column = new Column(row.getString("column_name"), type, "YES".equals(row.getString("is_nullable")),
                isGenerated ? null : defaultExpression(row.getString("column_default"), extra, type, mariaDb),
                extra.contains("auto_increment") ? new Identity(false, SequenceOptions.DEFAULTS) : null,
                isGenerated ? generated : null,
                collation == null || collation.equals(tableCollation) ? null : collation,
                row.getString("column_comment"));
        return column;
    }

    /**
     * MariaDB prints a default as an expression ({@code 'text'}, {@code NULL}, {@code current_timestamp()}); MySQL 8
     * prints a literal bare and flags an expression default with {@code DEFAULT_GENERATED}.
     */
    private static String defaultExpression(String printed, String extra, ColumnType type, boolean mariaDb) {
        if (printed == null || mariaDb) {
            return printed;
        }
        if (extra.contains("default_generated")) {
            String normalized = MySqlNormalizer.defaultExpression(printed, type);
            return normalized.startsWith("current_timestamp") ? normalized : "(" + printed + ")";
        }
        if (MySqlTypes.isText(type) || MySqlTypes.isTemporal(type) || MySqlTypes.isBinaryString(type)) {
            return MySqlIdentifiers.literal(printed);
        }
        return printed;
    }

    /** All sequences' options in one query (MariaDB keeps them as one-row tables). */
    private static List<Sequence> sequences(Connection connection, String schema, List<String> names)
            throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        String sql = names.stream().map(name -> "select " + MySqlIdentifiers.literal(name) + ", start_value, "
                + "increment, minimum_value, maximum_value, cache_size, cycle_option from "
                + MySqlIdentifiers.quote(schema) + "." + MySqlIdentifiers.quote(name))
            .collect(Collectors.joining(" union all "));
        List<Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                sequences.add(new Sequence(row.getString(1), "bigint", new SequenceOptions(row.getLong(2),
                        row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getBoolean(7)), null, null));
            }
        }
        return sequences;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }


    /** One table's rows while they are read. */
    private static final class Parts {

        final String collation;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
        final Map<String, Index> indexes = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        Parts(String collation, String comment) {
            this.collation = collation;
            this.comment = comment;
        }

        void foreignKey(ResultSet row) throws SQLException {
            String name = row.getString(2);
            ForeignKey key = foreignKeys.get(name);
            List<String> columns = new ArrayList<>(key == null ? List.of() : key.columns());
            List<String> referenced = new ArrayList<>(key == null ? List.of() : key.referencedColumns());
            columns.add(row.getString(3));
            referenced.add(row.getString(5));
            foreignKeys.put(name, new ForeignKey(name, columns, row.getString(4), referenced,
                    ReferentialAction.ofRule(row.getString(7)), ReferentialAction.ofRule(row.getString(6)), false,
                    false));
        }

        void indexPart(ResultSet row) throws SQLException {
            String name = row.getString(2);
            String column = row.getString(4);
            int prefix = row.getInt(5);
            boolean hasPrefix = !row.wasNull();
            boolean descending = "D".equals(row.getString(6));
            String expression = row.getString(7);
            IndexPart part;
            if (column == null && expression != null) {
                part = new IndexPart(null, "(" + expression + ")", descending, null);
            }
            else if (hasPrefix) {
                part = new IndexPart(null, MySqlIdentifiers.quote(column) + "(" + prefix + ")", descending, null);
            }
            else {
                part = new IndexPart(column, null, descending, null);
            }
            Index index = indexes.get(name);
            List<IndexPart> parts = new ArrayList<>(index == null ? List.of() : index.parts());
            parts.add(part);
            indexes.put(name, new Index(name, row.getInt(3) == 0, parts, null, null, List.of()));
        }

        Table table(String name) {
            Index primary = indexes.remove("PRIMARY");
            PrimaryKey key = primary == null ? null
                    : new PrimaryKey(null, primary.parts().stream().map(IndexPart::column).toList());
            List<Index> plain = indexes.values().stream().filter(i -> !madeForForeignKey(i)).toList();
            return new Table(name, columns, key, List.copyOf(foreignKeys.values()), List.of(), checks, plain, comment);
        }

        /** The index InnoDB adds for a foreign key that no other index serves: its name and columns. */
        private boolean madeForForeignKey(Index index) {
            ForeignKey key = foreignKeys.get(index.name());
            return key != null && !index.unique()
                    && index.parts().stream().map(IndexPart::column).toList().equals(key.columns());
        }

    }

}
