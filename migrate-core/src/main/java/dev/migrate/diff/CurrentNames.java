package dev.migrate.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Gives the desired side's keys, constraints and indexes the current side's names where only the name differs, for
 * {@link ConstraintMatching#BY_DEFINITION}. Definitions are compared on normalized schemas with the names blanked out,
 * so columns and their order, referenced table and columns, actions, deferrability, uniqueness, index method,
 * predicate, expressions and sort order all have to agree.
 */
final class CurrentNames {

    private CurrentNames() {
    }

    /** {@code desired} with the names of the constraints {@code current} already has under another name. */
    static Schema adopt(Schema current, Schema desired) {
        return perTable(current, desired, CurrentNames::adopt);
    }

    /** {@code desired} with each table that {@code current} also has replaced by {@code adopt(current, desired)}. */
    static Schema perTable(Schema current, Schema desired, BinaryOperator<Table> adopt) {
        return desired.withTables(desired.tables().stream()
            .map(table -> current.tables().stream()
                .filter(before -> before.name().equals(table.name()))
                .findFirst()
                .map(before -> adopt.apply(before, table))
                .orElse(table))
            .toList());
    }

    private static Table adopt(Table current, Table desired) {
        return desired.withPrimaryKey(primaryKey(current.primaryKey(), desired.primaryKey()))
            .withForeignKeys(adopt(current.foreignKeys(), desired.foreignKeys(), ForeignKey::name,
                    ForeignKey::withName))
            .withUniques(adopt(current.uniques(), desired.uniques(), UniqueConstraint::name,
                    UniqueConstraint::withName))
            .withChecks(adopt(current.checks(), desired.checks(), CheckConstraint::name, CheckConstraint::withName))
            .withIndexes(adopt(current.indexes(), desired.indexes(), Index::name, Index::withName));
    }

    /**
     * A primary key on the same columns, in whatever order, is the current one: it enforces the same identity, and
     * re-creating it only to reorder its columns would churn (Hibernate orders a join table's key columns one way
     * when it creates the schema at runtime and another way in its plain mapping).
     */
    private static PrimaryKey primaryKey(PrimaryKey current, PrimaryKey desired) {
        boolean sameColumns = current != null && desired != null
                && sameInAnyOrder(current.columns(), desired.columns());
        return sameColumns ? current : desired;
    }

    /** Whether two lists of column names hold the same names, in whatever order. */
    static boolean sameInAnyOrder(List<String> columns, List<String> others) {
        return columns.size() == others.size() && new HashSet<>(columns).equals(new HashSet<>(others));
    }

    /**
     * Each desired object without an identical namesake takes the name of the first unclaimed current object with
     * the same definition, unless another desired object already goes by that name (it is compared with that one).
     */
    private static <T> List<T> adopt(List<T> current, List<T> desired, Function<T, String> name,
            BiFunction<T, String, T> withName) {
        Set<T> unclaimed = new HashSet<>(current);
        unclaimed.removeAll(desired);
        Set<String> desiredNames = new HashSet<>(desired.stream().map(name).toList());
        List<T> adopted = new ArrayList<>(desired.size());
        for (T object : desired) {
            if (current.contains(object)) {
                adopted.add(object);
                continue;
            }
            Optional<T> twin = current.stream()
                .filter(unclaimed::contains)
                .filter(candidate -> !desiredNames.contains(name.apply(candidate)))
                .filter(candidate -> Objects.equals(withName.apply(candidate, null), withName.apply(object, null)))
                .findFirst();
            twin.ifPresent(unclaimed::remove);
            adopted.add(twin.map(found -> withName.apply(object, name.apply(found))).orElse(object));
        }
        return adopted;
    }

}
