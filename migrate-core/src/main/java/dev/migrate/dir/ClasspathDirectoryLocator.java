package dev.migrate.dir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.jar.JarFile;

/** Finds a class path location in a folder or inside a jar (also a jar nested in a Spring Boot fat jar). */
final class ClasspathDirectoryLocator {

    private static final String PREFIX = "classpath:";

    private ClasspathDirectoryLocator() {
    }

    static MigrationDirectory locate(String location, ClassLoader classLoader) {
        String resource = normalize(location);
        String display = PREFIX + resource;
        URL url = classLoader.getResource(resource);
        if (url == null) {
            // Jars built without directory entries still hold the files themselves.
            URL sum = classLoader.getResource(resource + "/" + MigrationDirectory.SUM_FILE_NAME);
            if (sum == null) {
                return new MissingDirectory(display);
            }
            return fromJar(sum, resource, display);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return new FileSystemDirectory(Path.of(url.toURI()), display);
            }
            catch (URISyntaxException ex) {
                throw new IllegalArgumentException("Unusable class path URL " + url, ex);
            }
        }
        return fromJar(url, resource, display);
    }

    private static MigrationDirectory fromJar(URL url, String resource, String display) {
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw new MigrationDirectoryException("Cannot read the migration directory " + display + " from "
                        + url + ": only folders and jars are supported.",
                        "Package the migrations in the application jar or point the directory setting at a folder.");
            }
            // The JVM's cached JarFile: shared with the class loader's own view of the jar, so repeated lookups open
            // nothing new and nothing is left open for the collector to close.
            JarFile jar = jarConnection.getJarFile();
            return new JarDirectory(jar, resource, display);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot open the jar holding " + display, ex);
        }
    }

    static String normalize(String location) {
        String resource = location.startsWith(PREFIX) ? location.substring(PREFIX.length()) : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        while (resource.endsWith("/")) {
            resource = resource.substring(0, resource.length() - 1);
        }
        return resource;
    }

}
