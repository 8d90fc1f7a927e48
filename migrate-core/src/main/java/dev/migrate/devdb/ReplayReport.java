package dev.migrate.devdb;

import java.time.Duration;

/**
 * What a replay did.
 *
 * @param files the migration files replayed
 * @param statements the statements executed; zero when the schema came from the cache
 * @param elapsed how long it took
 */
record ReplayReport(int files, int statements, Duration elapsed) {

    static final ReplayReport NOTHING = new ReplayReport(0, 0, Duration.ZERO);

}
