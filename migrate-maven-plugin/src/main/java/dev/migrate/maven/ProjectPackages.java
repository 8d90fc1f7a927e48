package dev.migrate.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The top-level packages of a project's compiled classes: where to look for entities when none are named. */
final class ProjectPackages {

    private ProjectPackages() {
    }

    static List<String> topLevel(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(classes)) {
            return children.filter(Files::isDirectory)
                .filter(ProjectPackages::holdsClasses)
                .map(folder -> folder.getFileName().toString())
                .filter(name -> !name.equals("META-INF"))
                .sorted()
                .toList();
        }
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        }
        catch (IOException ex) {
            return false;
        }
    }

}
