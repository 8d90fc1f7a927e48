package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-for-byte agreement with Atlas: each vector's atlas.sum was produced by an independent implementation
 * (vectors/atlas_sum_reference.py), the seed's by Atlas itself.
 */
class SumFileVectorsTests {

    @ParameterizedTest
    @ValueSource(strings = { "empty", "one-file", "thousand-files", "ignore-directive", "crlf", "non-ascii",
            "directives", "directive-fuzz", "atlas-sub", "atlas-fixed", "atlas-partial-checkpoint", "atlas-up-down",
            "seed-golang-migrate" })
    void computesTheExactSumOfEachVector(String vector) throws IOException {
        Path dir = Directories.vector(vector);
        String expected = Directories.sumText(dir);

        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(dir));

        assertThat(sum.render()).isEqualTo(expected);
        assertThat(SumFile.parse(Files.readAllBytes(dir.resolve("atlas.sum")))).isEqualTo(sum);
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true).status())
            .isEqualTo(IntegrityStatus.OK);
    }

    @Test
    void reproducesTheSeedExampleByteForByte() throws IOException {
        Path seed = Directories.seedVector();

        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(seed));

        assertThat(sum.renderBytes()).isEqualTo(Files.readAllBytes(seed.resolve("atlas.sum")));
        assertThat(sum.entries()).extracting(SumFile.Entry::name)
            .containsExactly("20220504114411_initial.down.sql", "20220504114411_initial.up.sql");
    }

    @Test
    void ignoredFilesFeedTheirNameButGetNoEntry() {
        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(Directories.vector("ignore-directive")));

        assertThat(sum.entries()).extracting(SumFile.Entry::name).containsExactly("1_a.sql", "3_c.sql");
    }

    @Test
    void ordersNamesByUtf8BytesLikeGo() {
        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(Directories.vector("non-ascii")));

        assertThat(sum.entries()).extracting(SumFile.Entry::name)
            .containsExactly("1_café.sql", "2_with space.sql", "3_\uff5e.sql", "3_\uD83D\uDE00.sql", "4_bom.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = { "one-file", "thousand-files", "non-ascii", "crlf" })
    void readsTheSameDirectoryFromInsideAJar(String vector, @TempDir Path temp) throws IOException {
        Path dir = Directories.vector(vector);
        Path jar = temp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                out.putNextEntry(new JarEntry("db/migrations/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/migrations/nested/ignored.sql"));
            writeAscii(out, "SELECT 'not top-level';\n");
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            MigrationDirectory fromJar = MigrationDirectory.ofClasspath("classpath:db/migrations", loader);

            assertThat(fromJar.location()).isEqualTo("classpath:db/migrations");
            assertThat(SumFile.compute(fromJar).render()).isEqualTo(Directories.sumText(dir));
            assertThat(IntegrityVerifier.verify(fromJar, true).ok()).isTrue();
        }
    }

    @Test
    void readsAClasspathFolder() throws IOException {
        MigrationDirectory dir = MigrationDirectory.ofClasspath("vectors/one-file/", getClass().getClassLoader());

        assertThat(dir.location()).isEqualTo("classpath:vectors/one-file");
        assertThat(SumFile.compute(dir).render()).isEqualTo(Directories.sumText(Directories.vector("one-file")));
    }

    private static void writeAscii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

}
