package dev.migrate.lint;

/** Whether a finding fails the lint (exit code) or is reported only. */
public enum Severity {
    ERROR, WARNING
}
