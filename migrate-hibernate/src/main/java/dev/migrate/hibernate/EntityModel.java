package dev.migrate.hibernate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The annotated classes that make up the desired schema, and the class loader that sees them (in the Maven plugin, the
 * application's compile class path, not the plugin's own).
 */
public final class EntityModel {

    private final List<Class<?>> classes;
    private final ClassLoader classLoader;

    private EntityModel(List<Class<?>> classes, ClassLoader classLoader) {
        this.classes = List.copyOf(classes);
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Exactly these classes, loaded by the class loader of the first one. */
    public static EntityModel of(Class<?>... classes) {
        if (classes.length == 0) {
            throw new IllegalArgumentException("An entity model needs at least one class.");
        }
        return new EntityModel(Arrays.asList(classes), classes[0].getClassLoader());
    }

    public static EntityModel of(List<Class<?>> classes, ClassLoader classLoader) {
        return new EntityModel(classes, classLoader);
    }

    /**
     * Every {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} class in the given
     * packages and their sub-packages.
     *
     * @throws IllegalArgumentException when the packages hold no entity at all, which is almost always a wrong name
     */
    public static EntityModel scan(ClassLoader classLoader, String... packages) {
        List<Class<?>> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String packageName : packages) {
            for (Class<?> type : EntityScanner.scan(classLoader, packageName)) {
                if (seen.add(type.getName())) {
                    found.add(type);
                }
            }
        }
        if (found.stream().noneMatch(EntityScanner::isEntity)) {
            throw new IllegalArgumentException("No @Entity class found in package(s) " + String.join(", ", packages)
                    + ". Check the package names (sub-packages are included) and that the classes are compiled.");
        }
        return new EntityModel(found, classLoader);
    }

    /**
     * Every mapped class compiled into {@code classesFolder} (a project's own {@code target/classes}), loaded by
     * {@code classLoader}; classes of the same packages in dependencies are not taken.
     *
     * @param packages the packages to keep (sub-packages included), or none for every class of the folder
     * @throws IllegalArgumentException when the folder holds no entity at all
     */
    public static EntityModel scanFolder(ClassLoader classLoader, Path classesFolder, List<String> packages) {
        List<Class<?>> found = EntityScanner.scanFolder(classLoader, classesFolder, packages);
        if (found.stream().noneMatch(EntityScanner::isEntity)) {
            throw new IllegalArgumentException("No @Entity class found in " + classesFolder
                    + (packages.isEmpty() ? "" : " in package(s) " + String.join(", ", packages))
                    + ". Check that the project compiles its entities" + (packages.isEmpty() ? "" : " and the package names")
                    + ".");
        }
        return new EntityModel(found, classLoader);
    }

    public List<Class<?>> classes() {
        return classes;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The number of {@code @Entity} classes (embeddables and mapped superclasses not counted). */
    public long entityCount() {
        return classes.stream().filter(EntityScanner::isEntity).count();
    }

}
