package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NextVersionTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneId.of("Asia/Tokyo"));

    @Test
    void isTheUtcTimestamp() {
        assertThat(NextVersion.after(Optional.empty(), clock)).isEqualTo("20261122101530");
        assertThat(NextVersion.after(Optional.of("20261122101529"), clock)).isEqualTo("20261122101530");
    }

    @Test
    void staysAfterTheLatestWhenTheClockIsBehind() {
        assertThat(NextVersion.after(Optional.of("20261122101530"), clock)).isEqualTo("20261122101531");
        assertThat(NextVersion.after(Optional.of("20301231235959"), clock)).isEqualTo("20310101000000");
    }

    @Test
    void countsOnFromVersionsThatAreNoTimestamps() {
        assertThat(NextVersion.after(Optional.of("99999999999999999"), clock)).isEqualTo("100000000000000000");
    }

}
