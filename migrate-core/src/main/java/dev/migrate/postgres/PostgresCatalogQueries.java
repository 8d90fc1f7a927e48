package dev.migrate.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.postgres.Postgres.CatalogQuery;
import dev.migrate.schema.InspectOptions;

/**
 * The bulk catalog queries the PostgreSQL inspector runs: one per kind of object, each for all tables of the schema
 * at once, so their number does not grow with the number of tables. Parameters: the schema name, then the excluded
 * table names as a {@code text[]} (where the query has a second parameter).
 */
final class PostgresCatalogQueries {

    /** The tables of the schema (ordinary and partitioned, not partitions, not members of extensions). */
    private static final String TABLES_CTE = """
            WITH t AS (
              SELECT c.oid, c.relname
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                AND c.relname <> ALL (?)
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                                WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                                  AND e.deptype = 'e')
            )
            """;

    static final CatalogQuery TABLES = new CatalogQuery("tables", TABLES_CTE + """
            SELECT t.relname, d.description
            FROM t
            LEFT JOIN pg_catalog.pg_description d
              ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            ORDER BY t.relname
            """);

    static final CatalogQuery COLUMNS = new CatalogQuery("columns", TABLES_CTE + """
            SELECT t.relname, a.attname, a.attnum,
              CASE WHEN bt.typnamespace = 'pg_catalog'::regnamespace THEN pg_catalog.format_type(bt.oid, NULL)
                   ELSE bt.typname END AS type_name,
              bt.oid <> ty.oid AS is_array, a.atttypmod, a.attnotnull,
              CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expr,
              CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) END AS generated,
              a.attidentity,
              CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END AS collation,
              d.description
            FROM t
            JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
            JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0
                                                        THEN ty.typelem ELSE ty.oid END
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_description d
              ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
            ORDER BY t.relname, a.attnum
            """);

    static final CatalogQuery CONSTRAINTS = new CatalogQuery("constraints", TABLES_CTE + """
            SELECT t.relname, con.conname, con.contype, con.conkey::text AS columns,
              rt.relname AS referenced_table,
              CASE WHEN con.contype = 'f' THEN
                ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                      ORDER BY k.ord) END AS referenced_columns,
              con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
              CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid, true) END AS check_expr
            FROM t
            JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid AND con.contype IN ('p', 'u', 'f', 'c')
            LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
            ORDER BY t.relname, con.conname
            """);

    /** Indexes that do not back a primary key, unique or exclusion constraint. */
    static final CatalogQuery INDEXES = new CatalogQuery("indexes", TABLES_CTE + """
            SELECT t.relname, ic.relname AS index_name, i.indisunique, am.amname, i.indnkeyatts,
              i.indkey::text AS keys, i.indoption::text AS options,
              CASE WHEN i.indexprs IS NOT NULL THEN
                ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                      FROM generate_series(1, i.indnkeyatts) k ORDER BY k) END AS expressions,
              pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate
            FROM t
            JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, ic.relname
            """);

    static final CatalogQuery ENUMS = new CatalogQuery("enums", """
            SELECT ty.typname, ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
                                     WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_catalog.pg_type ty
            JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
            WHERE n.nspname = ? AND ty.typtype = 'e'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                              WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = ty.oid
                                AND e.deptype = 'e')
            ORDER BY ty.typname
            """);

    /**
     * Sequences with the column that owns them, if any; {@code deptype} is {@code i} for the sequence of an identity
     * column, {@code a} for an owned sequence, {@code null} for a free one.
     */
    static final CatalogQuery SEQUENCES = new CatalogQuery("sequences", """
            SELECT c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS data_type, s.seqstart, s.seqincrement,
              s.seqmin, s.seqmax, s.seqcache, s.seqcycle, ot.relname AS owner_table, oa.attname AS owner_column,
              d.deptype
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
              AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i', 'e')
            LEFT JOIN pg_catalog.pg_class ot ON ot.oid = d.refobjid
            LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
            WHERE n.nspname = ? AND (d.deptype IS NULL OR d.deptype <> 'e')
              AND (ot.relname IS NULL OR ot.relname <> ALL (?))
            ORDER BY c.relname
            """);

    static final List<CatalogQuery> ALL = List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, ENUMS, SEQUENCES);

    private PostgresCatalogQueries() {
    }

    /** Runs one query and hands each row to {@code rows}. */
    static void forEachRow(Connection connection, InspectOptions options, CatalogQuery query, RowHandler rows)
            throws SQLException {
        try (PreparedStatement statement = query.prepare(connection, options);
                ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                rows.accept(resultSet);
            }
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

}
