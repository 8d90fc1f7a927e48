package dev.migrate.lint;

import java.util.List;

/**
 * What lint found in the files it linted.
 *
 * @param location the directory
 * @param files the linted files, in the order they ran
 * @param findings the findings, file by file, line by line
 */
public record LintReport(String location, List<String> files, List<LintFinding> findings) {

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public List<LintFinding> errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    List<LintFinding> warnings() {
        return findings.stream().filter(finding -> finding.severity() == Severity.WARNING).toList();
    }

    List<LintFinding> of(String file) {
        return findings.stream().filter(finding -> finding.file().equals(file)).toList();
    }

}
