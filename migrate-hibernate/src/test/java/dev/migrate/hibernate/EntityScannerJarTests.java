package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.hibernate.qualified.Ledger;

/** Entities packaged in a jar (a dependency of the application module) are found too. */
class EntityScannerJarTests {

    private static final String PACKAGE_PATH = "dev/migrate/hibernate/qualified/";

    @TempDir
    Path folder;

    @Test
    void findsEntitiesInsideAJar() throws Exception {
        Path jar = jarOf(Ledger.class);
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, new HidingPackage())) {
            EntityModel model = EntityModel.scan(loader, Ledger.class.getPackageName());

            assertThat(model.classes()).singleElement().satisfies(type -> {
                assertThat(type.getName()).isEqualTo(Ledger.class.getName());
                assertThat(type.getClassLoader()).isSameAs(loader);
            });
        }
    }

    private Path jarOf(Class<?> type) throws IOException {
        Path jar = folder.resolve("entities.jar");
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(PACKAGE_PATH));
            out.closeEntry();
            out.putNextEntry(new JarEntry(entry));
            try (var bytes = type.getClassLoader().getResourceAsStream(entry)) {
                bytes.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }

    /** The test class path minus the package under test, so only the jar can provide it. */
    private static final class HidingPackage extends ClassLoader {

        HidingPackage() {
            super(EntityScannerJarTests.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(PACKAGE_PATH.replace('/', '.'))) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(PACKAGE_PATH.substring(0, PACKAGE_PATH.length() - 1)) ? Collections.emptyEnumeration()
                    : super.getResources(name);
        }

    }

}
