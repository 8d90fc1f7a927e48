package dev.migrate.lint;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import dev.migrate.plan.RiskCategory;
import dev.migrate.plan.RiskCode;

/**
 * A finding's code and class, and the names that select it in {@code atlas:nolint} directives and in the list of
 * codes that are errors: the code ({@code ds103}), the class ({@code destructive}, {@code data_dependent}) and, where
 * Atlas names its analyzer differently, Atlas's name ({@code data_depend}, {@code incompatible},
 * {@code concurrent_index}).
 */
record FindingKind(String code, String category, Set<String> names) {

    static FindingKind of(RiskCode code) {
        return of(code.name(), code.category().label(), atlasAnalyzer(code.category()));
    }

    static FindingKind of(LintCheck check) {
        return switch (check) {
            case PG101 -> of(check.name(), "concurrent index", "concurrent_index");
            case MG201 -> of(check.name(), "foreign key index", null);
            case MG200 -> of(check.name(), "execution", null);
        };
    }

    private static FindingKind of(String code, String category, String atlasName) {
        Set<String> names = new LinkedHashSet<>();
        names.add(code.toLowerCase(Locale.ROOT));
        names.add(category.replace(' ', '_'));
        if (atlasName != null) {
            names.add(atlasName);
        }
        return new FindingKind(code, category, Set.copyOf(names));
    }

    private static String atlasAnalyzer(RiskCategory category) {
        return switch (category) {
            case DESTRUCTIVE -> "destructive";
            case DATA_DEPENDENT -> "data_depend";
            case BACKWARD_INCOMPATIBLE -> "incompatible";
            case CONSTRAINT_DELETION -> "constraint_delete";
        };
    }

}
