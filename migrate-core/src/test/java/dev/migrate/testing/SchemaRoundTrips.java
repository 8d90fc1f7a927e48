package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.migrate.diff.SchemaDiffer;
import dev.migrate.diff.SchemaNormalizer;
import dev.migrate.plan.Plan;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * The round-trip check every dialect's engine must pass on a real database: plan(A→B) applied to A inspects as B, B
 * compared with itself gives no change, and the reverse brings back A.
 */
public final class SchemaRoundTrips {

    /** The parts of a dialect the check compares with. */
    public record Engine(SchemaDiffer differ, SchemaNormalizer normalizer) {
    }

    private SchemaRoundTrips() {
    }

    /**
     * @param apply runs statements against the database holding A
     * @param inspect reads the database's schema back
     * @param requireReversible whether an irreversible plan fails the check (otherwise its reverse is skipped)
     */
    public static void check(Engine engine, Plan plan, Schema a, Schema b, Consumer<List<String>> apply,
            Supplier<Schema> inspect, boolean requireReversible) {
        apply.accept(plan.statements());
        Schema reached = inspect.get();
        assertSameSchema(engine, reached, b);
        assertThat(engine.differ().diff(reached, b)).as("diff(inspected B, B)").isEmpty();
        assertThat(engine.differ().diff(b, b)).as("diff(B, B)").isEmpty();
        if (requireReversible) {
            assertThat(plan.isReversible()).as("reversible: " + plan.toSql()).isTrue();
        }
        if (!plan.isReversible()) {
            return;
        }
        apply.accept(plan.reverseStatements());
        try {
            assertSameSchema(engine, inspect.get(), a);
        }
        catch (AssertionError ex) {
            throw new AssertionError("after the reverse of\n" + plan.toSql() + "\nreverse:\n" + plan.toReverseSql()
                    + "\n" + ex.getMessage(), ex);
        }
    }

    public static void assertSameSchema(Engine engine, Schema actual, Schema expected) {
        Schema a = comparable(engine, actual);
        Schema e = comparable(engine, expected);
        if (!a.equals(e)) {
            throw new AssertionError("inspected schema differs from the expected one; diff(inspected, expected) = "
                    + engine.differ().diff(actual, expected) + "\ninspected: " + a + "\nexpected:  " + e);
        }
    }

    /** Canonical form with columns in name order (adding a column appends it, wherever the model put it). */
    public static Schema comparable(Engine engine, Schema schema) {
        Schema normalized = engine.normalizer().normalize(schema);
        List<Table> tables = normalized.tables().stream()
            .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(c -> c.name())).toList()))
            .toList();
        return new Schema("public", tables, normalized.enums(), normalized.sequences());
    }

}
