package dev.migrate.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which findings are errors (they fail the lint) and which are warnings. Named by code ({@code MF101}), by class
 * ({@code destructive}, {@code data_dependent}, {@code backward_incompatible}, {@code constraint_deletion},
 * {@code concurrent_index}), {@code all} or {@code none}. By default, as in Atlas, destructive changes are errors, and a
 * statement that fails on the dev database always is.
 */
public record LintPolicy(Set<String> errors) {

    public static final String DEFAULT_ERRORS = "destructive";

    public LintPolicy {
        errors = errors.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    }

    static LintPolicy defaults() {
        return parse(DEFAULT_ERRORS);
    }

    /** From a comma or space separated list, such as {@code destructive,MF103}. */
    public static LintPolicy parse(String errors) {
        return new LintPolicy(Set.copyOf(Arrays.asList((errors == null ? DEFAULT_ERRORS : errors).split("[,\\s]+"))));
    }

    Severity severityOf(FindingKind kind) {
        if (kind.code().equals(LintCheck.MG200.name()) || errors.contains("all")
                || kind.names().stream().anyMatch(errors::contains)) {
            return Severity.ERROR;
        }
        return Severity.WARNING;
    }

}
