package dev.migrate.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * A unique index and a unique constraint on the same columns are one definition: both reject the same rows, and a
 * database backs the constraint with just such an index. Where the desired side spells one and the current side the
 * other (Hibernate's {@code UNIQUE} constraint against a hand-written {@code CREATE UNIQUE INDEX}), the desired side
 * takes the current spelling, so the diff neither drops one nor creates the other. Only plain indexes count: columns
 * only, ascending, not partial, no included columns, the default method.
 */
final class UniqueEquivalence {

    private UniqueEquivalence() {
    }

    static Schema adopt(Schema current, Schema desired) {
        return CurrentNames.perTable(current, desired, UniqueEquivalence::adopt);
    }

    private static Table adopt(Table current, Table desired) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>(desired.indexes());
        Set<Index> claimedIndexes = new HashSet<>(desired.indexes());
        for (UniqueConstraint unique : desired.uniques()) {
            Optional<Index> twin = current.uniques().contains(unique) ? Optional.empty()
                    : current.indexes().stream()
                        .filter(index -> !claimedIndexes.contains(index) && sameColumns(index, unique))
                        .findFirst();
            twin.ifPresentOrElse(index -> {
                claimedIndexes.add(index);
                indexes.add(index);
            }, () -> uniques.add(unique));
        }
        Set<UniqueConstraint> claimedUniques = new HashSet<>(uniques);
        List<Index> adoptedIndexes = new ArrayList<>();
        for (Index index : indexes) {
            Optional<UniqueConstraint> twin = current.indexes().contains(index) ? Optional.empty()
                    : current.uniques().stream()
                        .filter(unique -> !claimedUniques.contains(unique) && sameColumns(index, unique))
                        .findFirst();
            twin.ifPresentOrElse(unique -> {
                claimedUniques.add(unique);
                uniques.add(unique);
            }, () -> adoptedIndexes.add(index));
        }
        return desired.withUniques(uniques).withIndexes(adoptedIndexes);
    }

    private static boolean sameColumns(Index index, UniqueConstraint unique) {
        if (!index.unique() || index.predicate() != null || !index.include().isEmpty()
                || !"btree".equalsIgnoreCase(index.method())
                || index.parts().stream().anyMatch(part -> !plain(part))) {
            return false;
        }
        List<String> columns = index.parts().stream().map(IndexPart::column).toList();
        return CurrentNames.sameInAnyOrder(columns, unique.columns());
    }

    private static boolean plain(IndexPart part) {
        return part.column() != null && !part.descending() && part.nullsFirst() == null;
    }

}
