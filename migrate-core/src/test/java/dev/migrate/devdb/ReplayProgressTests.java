package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReplayProgressTests {

    @Test
    void fastFilesAreReportedEveryFiftyFiles() {
        assertThat(filesLoggedAfter(120, Duration.ofMillis(10))).containsExactly(50, 100);
    }

    @Test
    void slowFilesAreReportedEveryFiveSeconds() {
        assertThat(filesLoggedAfter(4, Duration.ofSeconds(3))).containsExactly(2);
    }

    @Test
    void aShortReplayLogsNoProgress() {
        assertThat(filesLoggedAfter(10, Duration.ofMillis(20))).isEmpty();
    }

    private static List<Integer> filesLoggedAfter(int files, Duration perFile) {
        AtomicLong clock = new AtomicLong();
        ReplayProgress progress = new ReplayProgress("db/migrations", "migrate_scratch_x", files, clock::get);
        List<Integer> logged = new ArrayList<>();
        for (int file = 1; file <= files; file++) {
            clock.addAndGet(perFile.toNanos());
            if (progress.fileDone(file, file * 2)) {
                logged.add(file);
            }
        }
        ReplayReport report = progress.finished(files, files * 2);
        assertThat(report.elapsed()).isEqualTo(perFile.multipliedBy(files));
        return logged;
    }

}
