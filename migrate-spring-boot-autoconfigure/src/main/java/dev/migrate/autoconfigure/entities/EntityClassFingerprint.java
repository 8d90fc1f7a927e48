package dev.migrate.autoconfigure.entities;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.migrate.devdb.Fingerprint;

/**
 * A hash of what Hibernate's mapping of the entities is made of, computed without building the mapping and without
 * loading a class: the bytes of the class file of each managed type (entities, embeddables, mapped superclasses,
 * converters, as the entity scan found them) and of every other class in their packages (the enums their fields
 * hold, typically), plus the resolved Hibernate settings. Equal hashes mean the create script cannot differ, so a dev
 * start can trust an earlier in-sync result. Packages are listed where they are folders (an application's own build
 * output); in a jar only the managed types themselves are read. A type in another package that the entities reach
 * only through a field or an annotation (an enum, a custom {@code @Type}) is not read: a change to it alone is seen
 * once an entity or the directory changes too.
 */
final class EntityClassFingerprint {

    private EntityClassFingerprint() {
    }

    static String of(Collection<String> managedClassNames, ClassLoader classLoader, String settings) {
        TreeSet<String> classes = new TreeSet<>(managedClassNames);
        new TreeSet<>(managedClassNames.stream().map(EntityClassFingerprint::packageOf).toList())
            .forEach((name) -> classes.addAll(classesInFolder(name, classLoader)));
        Fingerprint fingerprint = new Fingerprint().add("settings " + settings);
        for (String name : classes) {
            fingerprint.add(name).add(classFile(name, classLoader));
        }
        return fingerprint.hex();
    }

    /** The settings as text, in a stable order. */
    static String settings(String physical, String implicit, Map<String, Object> properties) {
        return "physical=" + physical + " implicit=" + implicit + " " + new TreeMap<>(properties);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return (dot < 0) ? "" : className.substring(0, dot);
    }

    /** The classes of a package where it is a folder on disk; none from jars. */
    private static TreeSet<String> classesInFolder(String packageName, ClassLoader classLoader) {
        TreeSet<String> names = new TreeSet<>();
        String path = packageName.replace('.', '/');
        try {
            Enumeration<URL> roots = classLoader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!"file".equals(root.getProtocol())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.map((file) -> file.getFileName().toString())
                        .filter((file) -> file.endsWith(".class"))
                        .forEach((file) -> names.add((packageName.isEmpty() ? "" : packageName + ".")
                                + file.substring(0, file.length() - ".class".length())));
                }
            }
        }
        catch (IOException | URISyntaxException ex) {
            names.add("unlisted " + packageName + ": " + ex.getMessage());
        }
        return names;
    }

    private static byte[] classFile(String name, ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            return (in != null) ? in.readAllBytes() : new byte[0];
        }
        catch (IOException ex) {
            return ("unreadable " + ex.getMessage()).getBytes(StandardCharsets.UTF_8);
        }
    }

}
