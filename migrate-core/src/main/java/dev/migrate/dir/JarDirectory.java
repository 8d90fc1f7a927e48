package dev.migrate.dir;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** A migration directory inside a jar: the entries directly below one folder of it. */
final class JarDirectory implements MigrationDirectory {

    private final JarFile jar;
    private final String prefix;
    private final String location;

    JarDirectory(JarFile jar, String folder, String location) {
        this.jar = jar;
        this.prefix = folder.isEmpty() ? "" : folder + "/";
        this.location = location;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public List<String> sqlFileNames() {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(".sql")
                    && name.indexOf('/', prefix.length()) < 0) {
                names.add(name.substring(prefix.length()));
            }
        }
        names.sort(FileNameOrder.BYTEWISE);
        return names;
    }

    @Override
    public byte[] read(String name) throws IOException {
        JarEntry entry = jar.getJarEntry(prefix + name);
        if (entry == null) {
            throw new IOException(location + "/" + name + " does not exist");
        }
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        JarEntry entry = jar.getJarEntry(prefix + name);
        if (entry == null) {
            throw new IOException(location + "/" + name + " does not exist");
        }
        String tooLarge = name + " is more than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; a migration file may hold "
                + "at most that much, so split it";
        if (entry.getSize() > MAX_FILE_BYTES) {
            throw new IOException(tooLarge);
        }
        return new BoundedInputStream(jar.getInputStream(entry), MAX_FILE_BYTES, () -> tooLarge);
    }

    @Override
    public Optional<byte[]> readSumFile() throws IOException {
        return jar.getJarEntry(prefix + SUM_FILE_NAME) == null ? Optional.empty() : Optional.of(read(SUM_FILE_NAME));
    }

    @Override
    public long sumFileSize() {
        JarEntry entry = jar.getJarEntry(prefix + SUM_FILE_NAME);
        return entry == null ? -1 : entry.getSize();
    }

}
