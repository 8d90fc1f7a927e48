package dev.migrate.h2;

import static dev.migrate.h2.H2Identifiers.fromStored;
import static dev.migrate.schema.CatalogRows.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import dev.migrate.schema.UniqueConstraint;

/**
 * Reads one H2 2.x schema from {@code INFORMATION_SCHEMA} into the model with eight queries, whatever the number of
 * tables. Names are model names ({@link H2Identifiers}); indexes H2 made for constraints are left out; the result is
 * in {@link H2Normalizer canonical form}. Views, triggers, domains and excluded tables are not read.
 */
final class H2Inspector {

    private static final String COLUMNS = "select table_name, column_name, data_type, character_maximum_length, "
            + "numeric_precision, numeric_scale, datetime_precision, dtd_identifier, is_nullable, column_default, "
            + "is_identity, identity_generation, identity_start, identity_increment, identity_minimum, "
            + "identity_maximum, identity_cache, identity_cycle, is_generated, generation_expression, remarks "
            + "from information_schema.columns where table_schema = ? order by table_name, ordinal_position";

    private static final String ENUM_VALUES = "select object_name, enum_identifier, value_name "
            + "from information_schema.enum_values where object_schema = ? and object_type = 'TABLE' "
            + "order by object_name, enum_identifier, value_ordinal";

    private static final String ELEMENT_TYPES = "select object_name, collection_type_identifier, data_type, "
            + "character_maximum_length, numeric_precision, numeric_scale, datetime_precision, dtd_identifier "
            + "from information_schema.element_types where object_schema = ? and object_type = 'TABLE'";

    private static final String CONSTRAINTS = "select tc.table_name, tc.constraint_name, tc.constraint_type, "
            + "cc.check_clause, rc.unique_constraint_name, rc.update_rule, rc.delete_rule "
            + "from information_schema.table_constraints tc "
            + "left join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema "
            + "and cc.constraint_name = tc.constraint_name "
            + "left join information_schema.referential_constraints rc on rc.constraint_schema = tc.constraint_schema "
            + "and rc.constraint_name = tc.constraint_name "
            + "where tc.table_schema = ? order by tc.table_name, tc.constraint_name";

    private static final String KEY_COLUMNS = "select constraint_name, column_name, position_in_unique_constraint "
            + "from information_schema.key_column_usage where constraint_schema = ? "
            + "order by constraint_name, ordinal_position";

    private static final String INDEXES = "select i.table_name, i.index_name, i.index_type_name, ic.column_name, "
            + "ic.ordering_specification, ic.null_ordering from information_schema.indexes i "
            + "join information_schema.index_columns ic on ic.index_schema = i.index_schema "
            + "and ic.index_name = i.index_name and ic.table_name = i.table_name "
            + "where i.index_schema = ? and not i.is_generated and i.index_type_name <> 'PRIMARY KEY' "
            + "order by i.table_name, i.index_name, ic.ordinal_position";

    private static final String SEQUENCES = "select sequence_name, data_type, start_value, increment, minimum_value, "
            + "maximum_value, cache, cycle_option from information_schema.sequences where sequence_schema = ? "
            + "order by sequence_name";

    private static final String TABLES = "select table_name, remarks from information_schema.tables "
            + "where table_schema = ? and table_type = 'BASE TABLE' order by table_name";

    Schema inspect(Connection connection, InspectOptions options) {
        try {
            String schema = storedSchemaName(connection, options.schema());
            Map<String, String> comments = new LinkedHashMap<>();
            query(connection, TABLES, schema, row -> comments.put(row.getString(1), row.getString(2)));
            Map<String, List<String>> enums = new HashMap<>();
            query(connection, ENUM_VALUES, schema, row -> enums.computeIfAbsent(key(row.getString(1),
                    row.getString(2)), k -> new ArrayList<>()).add(row.getString(3)));
            Map<String, ColumnType> elements = new HashMap<>();
            query(connection, ELEMENT_TYPES, schema, row -> elements.put(key(row.getString(1), row.getString(2)),
                    type(row, row.getString(1), row.getString(8), enums, Map.of())));
            Map<String, Parts> tables = new LinkedHashMap<>();
            comments.keySet().forEach(name -> tables.put(name, new Parts()));
            query(connection, COLUMNS, schema, row -> {
                Parts table = tables.get(row.getString("table_name"));
                if (table != null) {
                    table.columns.add(column(row, enums, elements));
                }
            });
            Map<String, List<String[]>> keyColumns = new HashMap<>();
            query(connection, KEY_COLUMNS, schema, row -> keyColumns.computeIfAbsent(row.getString(1),
                    k -> new ArrayList<>()).add(new String[] {row.getString(2), row.getString(3)}));
            Map<String, String> constraintTables = new HashMap<>();
            query(connection, CONSTRAINTS, schema, row -> {
                constraintTables.put(row.getString("constraint_name"), row.getString("table_name"));
                Parts table = tables.get(row.getString("table_name"));
                if (table != null) {
                    addConstraint(table, row, keyColumns);
                }
            });
            query(connection, INDEXES, schema, row -> {
                Parts table = tables.get(row.getString("table_name"));
                if (table != null) {
                    table.addIndexColumn(row);
                }
            });
            List<Sequence> sequences = new ArrayList<>();
            query(connection, SEQUENCES, schema, row -> sequences.add(new Sequence(fromStored(row.getString(1)),
                    row.getString(2).toLowerCase(java.util.Locale.ROOT), sequenceOptions(row, 3), null, null)));
            List<Table> built = new ArrayList<>();
            tables.forEach((name, parts) -> {
                if (!options.excludedTables().contains(fromStored(name))) {
                    built.add(parts.build(fromStored(name), comments.get(name), keyColumns, constraintTables));
                }
            });
            return H2Normalizer.INSTANCE.normalize(new Schema(options.schema(), built, List.of(), sequences));
        }
        catch (SQLException ex) {
            throw new SchemaInspectionException("Could not inspect H2 schema \"" + options.schema() + "\": "
                    + ex.getMessage(), "Use H2 2.x (its INFORMATION_SCHEMA is what is read), or point "
                            + "migrate.dev.url at the database the migrations are written for.", ex);
        }
    }

    /**
     * The schema's name as stored: normally upper case ({@code public} is {@code PUBLIC}), but as given when the
     * database folds names to lower case ({@code DATABASE_TO_LOWER=TRUE}, or {@code MODE=PostgreSQL} setups).
     */
    private static String storedSchemaName(Connection connection, String name) throws SQLException {
        String upper = H2Identifiers.toStored(name);
        try (PreparedStatement query = connection.prepareStatement("select schema_name from "
                + "information_schema.schemata where schema_name in (?, ?) order by schema_name = ? desc")) {
            query.setString(1, upper);
            query.setString(2, name);
            query.setString(3, upper);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : upper;
            }
        }
    }

    private static String key(String table, String identifier) {
        return table + '\0' + identifier;
    }

    private static ColumnType type(ResultSet row, String table, String dtd, Map<String, List<String>> enums,
            Map<String, ColumnType> elements) throws SQLException {
        long length = row.getLong("character_maximum_length");
        Long lengthOrNull = row.wasNull() ? null : length;
        return H2Types.fromCatalog(row.getString("data_type"), lengthOrNull, integer(row, "numeric_precision"),
                integer(row, "numeric_scale"), integer(row, "datetime_precision"), enums.get(key(table, dtd)),
                elements.get(key(table, dtd)));
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Column column(ResultSet row, Map<String, List<String>> enums, Map<String, ColumnType> elements)
            throws SQLException {
        ColumnType type = type(row, row.getString("table_name"), row.getString("dtd_identifier"), enums, elements);
        Identity identity = "YES".equals(row.getString("is_identity"))
                ? new Identity("ALWAYS".equals(row.getString("identity_generation")), sequenceOptions(row, 13))
                : null;
        String generated = "ALWAYS".equals(row.getString("is_generated")) ? row.getString("generation_expression")
                : null;
        return new Column(fromStored(row.getString("column_name")), type, "YES".equals(row.getString("is_nullable")),
                row.getString("column_default"), identity, generated, null, row.getString("remarks"));
    }

    /** Start, increment, minimum, maximum, cache and cycle, in columns {@code first} to {@code first + 5}. */
    private static SequenceOptions sequenceOptions(ResultSet row, int first) throws SQLException {
        return new SequenceOptions(row.getLong(first), row.getLong(first + 1), row.getLong(first + 2),
                row.getLong(first + 3), row.getLong(first + 4), "YES".equals(row.getString(first + 5)));
    }

    private static void addConstraint(Parts table, ResultSet row, Map<String, List<String[]>> keyColumns)
            throws SQLException {
        String stored = row.getString("constraint_name");
        String name = fromStored(stored);
        List<String> columns = keyColumns.getOrDefault(stored, List.of()).stream().map(c -> fromStored(c[0]))
            .toList();
        switch (row.getString("constraint_type")) {
            case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, columns);
            case "UNIQUE" -> table.uniques.add(new UniqueConstraint(name, columns));
            case "CHECK" -> table.checks.add(new CheckConstraint(name, row.getString("check_clause")));
            case "FOREIGN KEY" -> table.foreignKeys.add(new PendingForeignKey(stored,
                    row.getString("unique_constraint_name"), ReferentialAction.ofRule(row.getString("delete_rule")),
                    ReferentialAction.ofRule(row.getString("update_rule"))));
            default -> throw new SQLException("Unexpected constraint type " + row.getString("constraint_type"));
        }
    }

    /** What the queries return for one table; foreign keys are completed once every key's columns are known. */
    private static final class Parts {

        final List<Column> columns = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<PendingForeignKey> foreignKeys = new ArrayList<>();
        final Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
        PrimaryKey primaryKey;

        void addIndexColumn(ResultSet row) throws SQLException {
            boolean unique = !"INDEX".equals(row.getString("index_type_name"));
            IndexBuilder index = indexes.computeIfAbsent(row.getString("index_name"),
                    name -> new IndexBuilder(fromStored(name), unique));
            boolean descending = "DESC".equals(row.getString("ordering_specification"));
            boolean nullsFirst = "FIRST".equals(row.getString("null_ordering"));
            // H2 sorts NULL low by default: first ascending, last descending.
            index.parts.add(new IndexPart(fromStored(row.getString("column_name")), null, descending,
                    nullsFirst != descending ? null : nullsFirst));
        }

        /** Foreign keys point at a key of the referenced table: its columns, by position, are the referenced ones. */
        Table build(String name, String comment, Map<String, List<String[]>> keyColumns,
                Map<String, String> constraintTables) {
            List<ForeignKey> keys = foreignKeys.stream().map(key -> {
                List<String[]> referenced = keyColumns.getOrDefault(key.referencedKey(), List.of());
                List<String[]> own = keyColumns.getOrDefault(key.name(), List.of());
                return new ForeignKey(fromStored(key.name()), own.stream().map(c -> fromStored(c[0])).toList(),
                        fromStored(constraintTables.get(key.referencedKey())), own.stream()
                            .map(c -> fromStored(referenced.get(Integer.parseInt(c[1]) - 1)[0])).toList(),
                        key.onDelete(), key.onUpdate(), false, false);
            }).toList();
            return new Table(name, columns, primaryKey, keys, uniques, checks,
                    indexes.values().stream().map(IndexBuilder::build).toList(), comment);
        }

    }

    private record PendingForeignKey(String name, String referencedKey, ReferentialAction onDelete,
            ReferentialAction onUpdate) {
    }

    private record IndexBuilder(String name, boolean unique, List<IndexPart> parts) {

        IndexBuilder(String name, boolean unique) {
            this(name, unique, new ArrayList<>());
        }

        Index build() {
            return new Index(name, unique, parts, null, null, null);
        }

    }
}
