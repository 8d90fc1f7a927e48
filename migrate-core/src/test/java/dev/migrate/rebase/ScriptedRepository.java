package dev.migrate.rebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.NewMigration;

/** A git repository a test writes its history into, with a migration directory at {@code db/migrations}. */
final class ScriptedRepository implements AutoCloseable {

    static final String DIR = "db/migrations";

    private final Git git;
    private final Path root;
    private final MigrationFormat format;

    private ScriptedRepository(Git git, Path root, MigrationFormat format) {
        this.git = git;
        this.root = root;
        this.format = format;
    }

    static ScriptedRepository init(Path root, MigrationFormat format) throws GitAPIException, IOException {
        Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        Files.createDirectories(root.resolve(DIR));
        return new ScriptedRepository(git, root, format);
    }

    Path directory() {
        return root.resolve(DIR);
    }

    /** Adds a migration whose version is the given UTC time, then commits it with atlas.sum. */
    void addMigration(String name, String up, Instant at) throws GitAPIException {
        new MigrationWriter(directory(), Clock.fixed(at, ZoneOffset.UTC)).add(format, new NewMigration(name, up, null));
        commit("add " + name);
    }

    void write(String name, String content) throws IOException {
        Files.writeString(directory().resolve(name), content, StandardCharsets.UTF_8);
    }

    void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor("test", "test@example.com").setCommitter("test", "test@example.com")
            .setSign(false).call();
    }

    void branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
    }

    void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    MergeResult merge(String branch) throws GitAPIException, IOException {
        return git.merge().include(git.getRepository().resolve(branch)).setMessage("merge " + branch).call();
    }

    String sum() throws IOException {
        return Files.readString(directory().resolve("atlas.sum"));
    }

    @Override
    public void close() {
        git.close();
    }

}
