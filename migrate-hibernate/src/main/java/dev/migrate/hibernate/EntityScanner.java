package dev.migrate.hibernate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * Finds mapped classes in a package of a class loader, in folders and in jars, without a framework. Classes are
 * loaded without initialising them, so scanning runs no application code.
 */
final class EntityScanner {

    private static final List<Class<? extends Annotation>> MAPPING_ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private EntityScanner() {
    }

    static List<Class<?>> scan(ClassLoader classLoader, String packageName) {
        String path = packageName.replace('.', '/');
        TreeSet<String> classNames = new TreeSet<>();
        try {
            for (URL root : Collections.list(classLoader.getResources(path))) {
                classNames.addAll(classNamesUnder(root, path));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot scan package " + packageName + " for entities: " + ex.getMessage(),
                    ex);
        }
        return mappedClasses(classNames, classLoader);
    }

    static List<Class<?>> scanFolder(ClassLoader classLoader, Path folder, List<String> packages) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> classNames;
        try {
            classNames = classNamesInFolder(folder, "").stream()
                .map((name) -> name.startsWith(".") ? name.substring(1) : name)
                .filter((name) -> packages.isEmpty() || packages.stream()
                    .anyMatch((pkg) -> name.startsWith(pkg + ".")))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot scan " + folder + " for entities: " + ex.getMessage(), ex);
        }
        return mappedClasses(classNames, classLoader);
    }

    /** The mapped classes among {@code classNames}, in their order; classes that do not load are left out. */
    private static List<Class<?>> mappedClasses(Collection<String> classNames, ClassLoader classLoader) {
        List<Class<?>> mapped = new ArrayList<>();
        for (String className : classNames) {
            Class<?> type = load(className, classLoader);
            if (type != null && isMapped(type)) {
                mapped.add(type);
            }
        }
        return mapped;
    }

    static boolean isEntity(Class<?> type) {
        return type.isAnnotationPresent(Entity.class);
    }

    private static boolean isMapped(Class<?> type) {
        return MAPPING_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<String> classNamesUnder(URL root, String path) throws IOException {
        return switch (root.getProtocol()) {
            case "file" -> classNamesInFolder(toPath(root), path);
            case "jar" -> classNamesInJar((JarURLConnection) root.openConnection(), path);
            default -> throw new IOException("unsupported class path location " + root
                    + " (only folders and jar files are scanned); list the entity classes explicitly instead");
        };
    }

    private static List<String> classNamesInFolder(Path folder, String path) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                .map(file -> path + "/" + folder.relativize(file).toString().replace('\\', '/'))
                .map(EntityScanner::toClassName)
                .toList();
        }
    }

    private static List<String> classNamesInJar(JarURLConnection connection, String path) throws IOException {
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(path + "/") && name.endsWith(".class")) {
                    names.add(toClassName(name));
                }
            }
        }
        return names;
    }

    private static String toClassName(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IOException("malformed class path URL " + url, ex);
        }
    }

    /** Null for module-info and package-info; a class that cannot load fails the scan, as it would fail the app. */
    private static Class<?> load(String className, ClassLoader classLoader) {
        if (className.endsWith("module-info") || className.endsWith("package-info")) {
            return null;
        }
        try {
            return Class.forName(className, false, classLoader);
        }
        catch (ClassNotFoundException | LinkageError ex) {
            throw new IllegalStateException("Cannot load " + className + " while scanning for entities: " + ex
                    + ". Put its dependencies on the class path, or list the entity classes explicitly.", ex);
        }
    }

}
