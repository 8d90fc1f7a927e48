package dev.migrate.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DesiredFingerprintTests {

    private static final List<String> SCRIPT = List.of("create table a (id int)", "create table b (id int)");

    @Test
    void sameScriptAndOptionsGiveTheSameFingerprint() {
        assertThat(DesiredFingerprint.of(SCRIPT, DiffOptions.DEFAULTS))
            .isEqualTo(DesiredFingerprint.of(List.copyOf(SCRIPT), new DiffOptions(false)))
            .hasSize(64);
    }

    @Test
    void theOptionsArePartOfIt() {
        assertThat(DesiredFingerprint.of(SCRIPT, new DiffOptions(true)))
            .isNotEqualTo(DesiredFingerprint.of(SCRIPT, DiffOptions.DEFAULTS));
    }

    @Test
    void statementBoundariesArePartOfIt() {
        assertThat(DesiredFingerprint.of(List.of("create table a (id int)create table b (id int)"),
                DiffOptions.DEFAULTS)).isNotEqualTo(DesiredFingerprint.of(SCRIPT, DiffOptions.DEFAULTS));
        assertThat(DesiredFingerprint.of(List.of("create table b (id int)", "create table a (id int)"),
                DiffOptions.DEFAULTS)).isNotEqualTo(DesiredFingerprint.of(SCRIPT, DiffOptions.DEFAULTS));
    }

}
