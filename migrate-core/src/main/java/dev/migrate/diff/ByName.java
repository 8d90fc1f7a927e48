package dev.migrate.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Pairs two lists of named objects by name and reports what was dropped, added or changed. */
final class ByName {

    private ByName() {
    }

    static <T> void compare(List<T> from, List<T> to, Function<T, String> name, Consumer<T> dropped,
            Consumer<T> added, BiConsumer<T, T> changed) {
        Map<String, T> remaining = index(to, name);
        for (T before : from) {
            T after = remaining.remove(name.apply(before));
            if (after == null) {
                dropped.accept(before);
            }
            else if (!before.equals(after)) {
                changed.accept(before, after);
            }
        }
        remaining.values().forEach(added);
    }

    /** Like {@link #compare}, where a changed object is dropped and added again (constraints, indexes). */
    static <T> void replaceChanged(List<T> from, List<T> to, Function<T, String> name, Consumer<T> dropped,
            Consumer<T> added) {
        compare(from, to, name, dropped, added, (before, after) -> {
            dropped.accept(before);
            added.accept(after);
        });
    }

    private static <T> Map<String, T> index(List<T> objects, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T object : objects) {
            if (byName.put(name.apply(object), object) != null) {
                throw new IllegalArgumentException("Two objects are named \"" + name.apply(object) + "\"");
            }
        }
        return byName;
    }

}
