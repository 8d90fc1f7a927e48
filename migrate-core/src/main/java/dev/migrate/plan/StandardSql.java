package dev.migrate.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SequenceOptions;

/** Clauses that read the same in every supported dialect (they are standard SQL), so planners share them. */
public final class StandardSql {

    private StandardSql() {
    }

    /**
     * The sequence option clauses ({@code START WITH}, {@code INCREMENT BY}, {@code MINVALUE}, {@code MAXVALUE},
     * {@code CACHE}, {@code [NO] CYCLE}) that take a sequence from {@code base} to {@code to}.
     */
    public static List<String> sequenceOptions(SequenceOptions base, SequenceOptions to) {
        List<String> clauses = new ArrayList<>();
        addIfChanged(clauses, "START WITH ", base.start(), to.start());
        addIfChanged(clauses, "INCREMENT BY ", base.increment(), to.increment());
        addIfChanged(clauses, "MINVALUE ", base.minValue(), to.minValue());
        addIfChanged(clauses, "MAXVALUE ", base.maxValue(), to.maxValue());
        addIfChanged(clauses, "CACHE ", base.cache(), to.cache());
        if (base.cycle() != to.cycle()) {
            clauses.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        return clauses;
    }

    /**
     * The option clauses of a new sequence or identity that differ from what the database gives one running the same
     * way; {@code withDefaults} fills in the database's defaults. An increment other than 1 is always written.
     */
    public static List<String> newSequenceOptions(SequenceOptions to, UnaryOperator<SequenceOptions> withDefaults) {
        long increment = to.increment() == null ? 1 : to.increment();
        SequenceOptions base = withDefaults.apply(SequenceOptions.DEFAULTS.withIncrement(increment)).withIncrement(1);
        return sequenceOptions(base, to);
    }

    private static void addIfChanged(List<String> clauses, String keyword, Long from, Long to) {
        if (to != null && !Objects.equals(from, to)) {
            clauses.add(keyword + to);
        }
    }

    /** A foreign key's {@code ON UPDATE} and {@code ON DELETE} clauses (with a leading space), when not the default. */
    public static String referentialActions(ForeignKey key) {
        return (key.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + key.onUpdate().sql())
                + (key.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + key.onDelete().sql());
    }

}
