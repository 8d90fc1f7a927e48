package dev.migrate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of a schema's lists (tables, columns) that round-trip tests make to get the schema B of a pair. */
public final class ListEdits {

    private ListEdits() {
    }

    /** Every item through every change, in order (a change returns the item unchanged when it does not apply). */
    @SafeVarargs
    public static <T> List<T> replace(List<T> items, UnaryOperator<T>... changes) {
        List<T> result = new ArrayList<>();
        for (T item : items) {
            T changed = item;
            for (UnaryOperator<T> change : changes) {
                changed = change.apply(changed);
            }
            result.add(changed);
        }
        return result;
    }

    @SafeVarargs
    public static <T> List<T> append(List<T> items, T... more) {
        List<T> result = new ArrayList<>(items);
        result.addAll(List.of(more));
        return result;
    }

}
