package dev.migrate.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.git.BaseDirectory;
import dev.migrate.git.GitBaseException;

/**
 * Two branches add migrations to one directory, and are merged in both orders: the later merge conflicts on
 * atlas.sum, validation against the base names the file that would run out of order, and a rebase makes the
 * directory linear and valid again.
 */
class NonLinearBranchesTests {

    private static final Instant DAY_1 = Instant.parse("2025-01-01T09:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2025-01-02T09:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2025-01-03T09:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    /** Branch b (older file) reaches main first; then a (newer file) merges main: a conflict, but linear. */
    @Test
    void newerBranchMergedSecondOnlyNeedsTheSumResolved() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            repo.checkout("main");
            assertThat(repo.merge("b").getMergeStatus()).isEqualTo(MergeStatus.FAST_FORWARD);
            repo.checkout("a");
            assertThat(repo.merge("main").getMergeStatus()).isEqualTo(MergeStatus.CONFLICTING);
            assertThat(repo.sum()).contains("<<<<<<<", ">>>>>>>");

            BaseDirectory base = BaseDirectory.read(repo.directory(), "main");
            BranchMigrations branch = BranchMigrations.of(working(repo), base, MigrationFormat.LIQUIBASE);
            NonLinearCheck.verify(branch); // a's file is newer than b's: linear

            RebaseResult result = new Rebaser(repo.directory(), MigrationFormat.LIQUIBASE, NOW).rebase(base, Set.of());

            assertThat(result.renamed()).isEmpty();
            assertThat(result.resolvedConflict()).isTrue();
            assertThat(IntegrityVerifier.verify(working(repo), true).ok()).isTrue();
            assertThat(sqlFiles(repo)).containsExactly("20250101090000_init.sql", "20250102090000_add_tags.sql",
                    "20250103090000_add_isbn.sql");
        }
    }

    /** Branch a (newer file) reaches main first; then b (older file) merges main: non-linear, rebased. */
    @Test
    void olderBranchMergedSecondIsCaughtAndRebased() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            repo.checkout("main");
            assertThat(repo.merge("a").getMergeStatus()).isEqualTo(MergeStatus.FAST_FORWARD);
            repo.checkout("b");
            assertThat(repo.merge("main").getMergeStatus()).isEqualTo(MergeStatus.CONFLICTING);

            BaseDirectory base = BaseDirectory.read(repo.directory(), "main");
            BranchMigrations branch = BranchMigrations.of(working(repo), base, MigrationFormat.LIQUIBASE);
            assertThatThrownBy(() -> NonLinearCheck.verify(branch))
                .isInstanceOf(NonLinearMigrationException.class)
                .hasMessageContaining("20250102090000_add_tags.sql (added on this branch, version 20250102090000) is "
                        + "not newer than 20250103090000_add_isbn.sql (version 20250103090000), the newest migration "
                        + "at main")
                .extracting(ex -> ((NonLinearMigrationException) ex).fix())
                .asString()
                .contains("./mvnw migrate:rebase -Dmigrate.base=main");

            RebaseResult result = new Rebaser(repo.directory(), MigrationFormat.LIQUIBASE, NOW).rebase(base, Set.of());

            assertThat(result.resolvedConflict()).isTrue();
            assertThat(sqlFiles(repo)).containsExactly("20250101090000_init.sql", "20250103090000_add_isbn.sql",
                    "20250201120000_add_tags.sql");
            String rebased = Files.readString(repo.directory().resolve("20250201120000_add_tags.sql"));
            assertThat(rebased).contains("-- changeset migrate:20250201120000_add_tags\n")
                .contains("CREATE TABLE tags (id bigint);");
            assertThat(IntegrityVerifier.verify(working(repo), true).ok()).isTrue();
            NonLinearCheck.verify(BranchMigrations.of(working(repo), base, MigrationFormat.LIQUIBASE));

            repo.commit("rebase migrations after main");
            assertThat(new Rebaser(repo.directory(), MigrationFormat.LIQUIBASE, NOW).rebase(base, Set.of())
                .changedAnything()).isFalse();
        }
    }

    @Test
    void branchNotYetMergedWithItsBaseIsCheckedAgainstTheBaseTip() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            repo.checkout("main");
            repo.merge("a");
            repo.checkout("b");
            BranchMigrations branch = BranchMigrations.of(working(repo), BaseDirectory.read(repo.directory(), "main"),
                    MigrationFormat.LIQUIBASE);
            assertThat(branch.added().files()).extracting(f -> f.name()).containsExactly("20250102090000_add_tags.sql");
            assertThatThrownBy(() -> NonLinearCheck.verify(branch)).hasMessageContaining("20250103090000_add_isbn.sql");
        }
    }

    @Test
    void refusesToRenameAFileTheDevDatabaseApplied() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            repo.checkout("main");
            repo.merge("a");
            repo.checkout("b");
            repo.merge("main");
            String before = repo.sum();
            BaseDirectory base = BaseDirectory.read(repo.directory(), "main");
            assertThatThrownBy(() -> new Rebaser(repo.directory(), MigrationFormat.LIQUIBASE, NOW).rebase(base,
                    Set.of("20250102090000_add_tags.sql")))
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("20250102090000_add_tags.sql already ran on the dev database");
            assertThat(repo.sum()).isEqualTo(before);
            assertThat(sqlFiles(repo)).contains("20250102090000_add_tags.sql");
        }
    }

    @Test
    void refusesWhenAFileOfTheBaseWasEdited() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            repo.checkout("b");
            repo.write("20250101090000_init.sql", "-- liquibase formatted sql\n-- changeset migrate:x\nSELECT 2;\n");
            BaseDirectory base = BaseDirectory.read(repo.directory(), "main");
            assertThatThrownBy(() -> new Rebaser(repo.directory(), MigrationFormat.LIQUIBASE, NOW).rebase(base,
                    Set.of()))
                .hasMessageContaining("20250101090000_init.sql differs from the file at main");
        }
    }

    @Test
    void flywayCountersStayCounters() throws Exception {
        try (ScriptedRepository repo = ScriptedRepository.init(root, MigrationFormat.FLYWAY)) {
            repo.write("V1__init.sql", "CREATE TABLE a (id int);\n");
            repo.write("V2__more.sql", "CREATE TABLE b (id int);\n");
            new dev.migrate.dir.MigrationWriter(repo.directory()).rehash();
            repo.commit("init");
            repo.branch("feature");
            repo.write("V3__main.sql", "CREATE TABLE c (id int);\n");
            new dev.migrate.dir.MigrationWriter(repo.directory()).rehash();
            repo.commit("main adds V3");
            repo.checkout("feature");
            repo.write("V3__feature.sql", "CREATE TABLE d (id int);\n");
            repo.write("U3__feature.sql", "DROP TABLE d;\n");
            new dev.migrate.dir.MigrationWriter(repo.directory()).rehash();
            repo.commit("feature adds V3");
            repo.merge("main");

            RebaseResult result = new Rebaser(repo.directory(), MigrationFormat.FLYWAY, NOW)
                .rebase(BaseDirectory.read(repo.directory(), "main"), Set.of());

            assertThat(result.renamed()).extracting(r -> r.from() + ">" + r.to())
                .containsExactlyInAnyOrder("V3__feature.sql>V4__feature.sql", "U3__feature.sql>U4__feature.sql");
            assertThat(sqlFiles(repo)).containsExactly("U4__feature.sql", "V1__init.sql", "V2__more.sql",
                    "V3__main.sql", "V4__feature.sql");
            assertThat(IntegrityVerifier.verify(working(repo), true).ok()).isTrue();
        }
    }

    @Test
    void unknownBaseSaysHowToFetchIt() throws Exception {
        try (ScriptedRepository repo = twoBranches()) {
            assertThatThrownBy(() -> BaseDirectory.read(repo.directory(), "origin/main"))
                .isInstanceOf(GitBaseException.class)
                .hasMessageContaining("The git base origin/main is not known")
                .extracting(ex -> ((GitBaseException) ex).fix()).asString()
                .contains("git fetch origin main", "fetch-depth: 0");
        }
    }

    @Test
    void aDirectoryTheBaseDoesNotHaveIsAllNew() throws Exception {
        try (ScriptedRepository repo = ScriptedRepository.init(root, MigrationFormat.ATLAS)) {
            Files.writeString(root.resolve("README"), "x");
            repo.commit("empty");
            repo.branch("first");
            repo.checkout("first");
            repo.addMigration("init", "CREATE TABLE t (id int);", DAY_1);
            BaseDirectory base = BaseDirectory.read(repo.directory(), "main");
            assertThat(base.sqlFileNames()).isEmpty();
            assertThat(BranchMigrations.of(working(repo), base, MigrationFormat.ATLAS).added().files()).hasSize(1);
        }
    }

    @Test
    void outsideAGitRepositoryTheBaseCannotBeRead(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> BaseDirectory.read(elsewhere, "main"))
            .isInstanceOf(GitBaseException.class)
            .hasMessageContaining("is not inside a git repository");
    }

    /** main has init; branch a adds add_isbn (day 3); branch b adds add_tags (day 2). */
    private ScriptedRepository twoBranches() throws Exception {
        ScriptedRepository repo = ScriptedRepository.init(root, MigrationFormat.LIQUIBASE);
        repo.addMigration("init", "CREATE TABLE books (id bigint);", DAY_1);
        repo.branch("a");
        repo.branch("b");
        repo.checkout("a");
        repo.addMigration("add_isbn", "ALTER TABLE books ADD COLUMN isbn varchar(17);", DAY_3);
        repo.checkout("b");
        repo.addMigration("add_tags", "CREATE TABLE tags (id bigint);", DAY_2);
        return repo;
    }

    private static MigrationDirectory working(ScriptedRepository repo) {
        return MigrationDirectory.ofPath(repo.directory());
    }

    private static java.util.List<String> sqlFiles(ScriptedRepository repo) throws Exception {
        try (Stream<Path> files = Files.list(repo.directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
