package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.plan.Plan;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/** 500 tables: created, inspected with a fixed number of queries, widened everywhere, and reversed. */
@ExtendWith(TestDatabases.class)
class LargeSchemaTests {

    private static final int TABLES = 500;

    @Test
    void roundTripsFiveHundredTablesWithAFixedNumberOfQueries(TestDatabase db) throws Exception {
        Schema a = schema(TABLES, false);
        Schema b = schema(TABLES, true);
            RoundTrip roundTrip = new RoundTrip(db);
            Schema created = roundTrip.create(a);
            assertThat(created.tables()).hasSize(TABLES);
            assertThat(queriesToInspect(db)).isEqualTo(PostgresCatalogQueries.ALL.size());
            Plan plan = RoundTrip.plan(created, b);
            assertThat(plan.changes()).hasSize(3 * TABLES);
            assertThat(plan.destructiveChanges()).isEmpty();
            roundTrip.check(created, b);
        }

    /** Counts the statements the inspector prepares, through a counting wrapper of a real connection. */
    private static int queriesToInspect(TestDatabase db) throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        try (Connection real = db.connect()) {
            Connection counting = (Connection) Proxy.newProxyInstance(LargeSchemaTests.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            prepared.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        }
                        catch (InvocationTargetException ex) {
                            throw ex.getCause();
                        }
                    });
            Postgres.dialect().inspect(counting, InspectOptions.schema("public"));
        }
        return prepared.get();
    }

    static Schema schema(int count, boolean widened) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "table_" + i;
            List<Column> columns = new ArrayList<>(List.of(
                    Column.of("id", ColumnType.of("bigint"), false).withIdentity(Identity.byDefault()),
                    Column.of("code", ColumnType.withLength("varchar", widened ? 100 : 50), false),
                    Column.of("name", ColumnType.of("text"), true),
                    Column.of("qty", ColumnType.of(widened ? "bigint" : "integer"), false).withDefault("0"),
                    Column.of("price", ColumnType.withPrecision("numeric", 10, 2), true),
                    Column.of("created", ColumnType.of("timestamptz"), false).withDefault("now()"),
                    Column.of("active", ColumnType.of("boolean"), false).withDefault("true"),
                    Column.of("parent_id", ColumnType.of("bigint"), true),
                    Column.of("tags", ColumnType.of("text[]"), true),
                    Column.of("note", ColumnType.withLength("varchar", 200), true)));
            if (widened) {
                columns.add(Column.of("extra", ColumnType.of("text"), true));
            }
            String parent = "table_" + Math.max(0, i - 1);
            tables.add(new Table(name, columns, new PrimaryKey(null, List.of("id")),
                    List.of(ForeignKey.of(null, List.of("parent_id"), parent, List.of("id"))),
                    List.of(new UniqueConstraint(null, List.of("code"))),
                    List.of(new CheckConstraint(null, "qty >= 0")),
                    List.of(new Index(null, false, List.of(IndexPart.column("name"), IndexPart.column("created").desc()),
                            null, null, null)), null));
        }
        return Schema.of("public", tables);
    }

}
