package dev.migrate.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.migrate.dir.FileNameOrder;
import dev.migrate.dir.MigrationDirectory;

/**
 * A migration directory as it is in one commit (the base a branch is compared with): its top-level {@code *.sql}
 * files and {@code atlas.sum}, read from git's object database, never from the working tree. A directory the base
 * does not have yet reads as an existing, empty one: every file of the branch is then new.
 */
public final class BaseDirectory implements MigrationDirectory {

    private final String ref;
    private final String commit;
    private final String path;
    private final Map<String, byte[]> files;

    private BaseDirectory(String ref, String commit, String path, Map<String, byte[]> files) {
        this.ref = ref;
        this.commit = commit;
        this.path = path;
        this.files = files;
    }

    /**
     * Reads the directory at {@code ref} (a branch, tag, commit or expression such as {@code origin/main}) from the
     * repository that holds {@code directory} in its working tree.
     *
     * @throws GitBaseException when there is no repository, the ref is unknown, or the clone lacks its commit
     */
    public static BaseDirectory read(Path directory, String ref) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new GitBaseException(directory + " is not inside a git repository, so there is no base " + ref
                    + " to compare it with.", "Run the command in a git clone of the project, or leave out migrate.base.",
                    null);
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            String relative = relativePath(repository, directory);
            ObjectId id = resolve(repository, ref);
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit revision = walk.parseCommit(id);
                Map<String, byte[]> files = readFiles(repository, revision, relative);
                return new BaseDirectory(ref, id.abbreviate(10).name(), relative, files);
            }
        }
        catch (MissingObjectException ex) {
            throw new GitBaseException("The clone does not hold the commit of " + ref + " (" + ex.getMessage()
                    + "): it is probably shallow.", fetchFix(ref), ex);
        }
        catch (IOException ex) {
            throw new GitBaseException("Cannot read " + ref + " from the git repository of " + directory + ": "
                    + ex.getMessage(), fetchFix(ref), ex);
        }
    }

    private static ObjectId resolve(Repository repository, String ref) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        }
        catch (RuntimeException ex) {
            id = null; // JGit rejects malformed expressions with unchecked exceptions
        }
        if (id == null) {
            throw new GitBaseException("The git base " + ref + " is not known to the repository "
                    + repository.getDirectory() + ".", fetchFix(ref), null);
        }
        return id;
    }

    private static String fetchFix(String ref) {
        return "Fetch it first (git fetch origin " + ref.replaceFirst("^origin/", "") + "; on GitHub Actions check out "
                + "with fetch-depth: 0), or name a ref that exists with -Dmigrate.base=<ref>.";
    }

    private static String relativePath(Repository repository, Path directory) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path real = directory.toAbsolutePath().normalize();
        real = real.toFile().exists() ? real.toRealPath() : real;
        if (!real.startsWith(workTree)) {
            throw new GitBaseException(directory + " is outside the working tree " + workTree + ".",
                    "Point migrate.dir at the directory inside the clone.", null);
        }
        return workTree.relativize(real).toString().replace(File.separatorChar, '/');
    }

    private static Map<String, byte[]> readFiles(Repository repository, RevCommit revision, String relative)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>(FileNameOrder.BYTEWISE);
        ObjectId tree = revision.getTree();
        if (!relative.isEmpty()) {
            try (TreeWalk folder = TreeWalk.forPath(repository, relative, revision.getTree())) {
                if (folder == null || !folder.isSubtree()) {
                    return files;
                }
                tree = folder.getObjectId(0);
            }
        }
        try (TreeWalk entries = new TreeWalk(repository)) {
            entries.addTree(tree);
            entries.setRecursive(false);
            while (entries.next()) {
                String name = entries.getNameString();
                boolean file = FileMode.REGULAR_FILE.equals(entries.getFileMode(0))
                        || FileMode.EXECUTABLE_FILE.equals(entries.getFileMode(0));
                if (file && (name.endsWith(".sql") || name.equals(SUM_FILE_NAME))) {
                    files.put(name, repository.open(entries.getObjectId(0)).getBytes());
                }
            }
        }
        return files;
    }

    /** The ref as given, such as {@code origin/main}. */
    public String ref() {
        return ref;
    }

    /** The abbreviated id of the commit the ref named. */
    public String commit() {
        return commit;
    }

    /** Whether the file as it is now (its bytes) is the file the base holds. */
    public boolean holdsUnchanged(String name, byte[] content) {
        byte[] base = files.get(name);
        return base != null && Arrays.equals(base, content);
    }

    @Override
    public String location() {
        return ref + ":" + (path.isEmpty() ? "." : path);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public List<String> sqlFileNames() {
        return files.keySet().stream().filter(name -> name.endsWith(".sql")).toList();
    }

    @Override
    public byte[] read(String name) throws IOException {
        byte[] content = files.get(name);
        if (content == null) {
            throw new IOException(name + " is not in " + location());
        }
        return Arrays.copyOf(content, content.length);
    }

    @Override
    public Optional<byte[]> readSumFile() {
        return Optional.ofNullable(files.get(SUM_FILE_NAME)).map(bytes -> Arrays.copyOf(bytes, bytes.length));
    }

    @Override
    public long sumFileSize() {
        byte[] sum = files.get(SUM_FILE_NAME);
        return sum == null ? -1 : sum.length;
    }

    @Override
    public String toString() {
        return location() + " (" + commit + ", " + sqlFileNames().size() + " files)";
    }

}
