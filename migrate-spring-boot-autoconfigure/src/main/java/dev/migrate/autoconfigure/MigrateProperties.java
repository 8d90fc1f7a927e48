package dev.migrate.autoconfigure;

import java.time.Duration;

import dev.migrate.dir.MigrationFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the migration directory, its integrity gate and how the database state is read.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /**
     * Whether to verify the migration directory at startup and report on it.
     */
    private boolean enabled = true;

    /**
     * Location of the migration directory: "classpath:" (the default when no prefix is given) or "file:".
     */
    private String dir = "classpath:db/migrations";

    /**
     * Naming format of the migration files (atlas, golang-migrate, flyway, liquibase). Defaults to liquibase when
     * Liquibase is on the classpath, else flyway when Flyway is, else atlas.
     */
    private MigrationFormat format;

    /**
     * Whether the database may have applied a version newer than a file that is not applied yet. When false, startup
     * fails and names both files.
     */
    private boolean allowOutOfOrder = false;

    private final Integrity integrity = new Integrity();

    private final Database database = new Database();

    private final Dev dev = new Dev();

    private final Drift drift = new Drift();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getDir() {
        return this.dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public MigrationFormat getFormat() {
        return this.format;
    }

    public void setFormat(MigrationFormat format) {
        this.format = format;
    }

    public boolean isAllowOutOfOrder() {
        return this.allowOutOfOrder;
    }

    public void setAllowOutOfOrder(boolean allowOutOfOrder) {
        this.allowOutOfOrder = allowOutOfOrder;
    }

    public Integrity getIntegrity() {
        return this.integrity;
    }

    public Database getDatabase() {
        return this.database;
    }

    public Dev getDev() {
        return this.dev;
    }

    public Drift getDrift() {
        return this.drift;
    }

    /**
     * What to do when the directory does not match its atlas.sum.
     */
    public enum OnFailure {

        /**
         * Refuse to start, before any SQL reaches the database.
         */
        FAIL,

        /**
         * Log the problems as a warning and start anyway.
         */
        WARN

    }

    public static class Integrity {

        /**
         * What to do when the migration directory does not match its atlas.sum: fail (refuse to start) or warn.
         */
        private OnFailure onFailure = OnFailure.FAIL;

        /**
         * Whether a directory without atlas.sum is an integrity failure.
         */
        private boolean requireSum = true;

        public OnFailure getOnFailure() {
            return this.onFailure;
        }

        public void setOnFailure(OnFailure onFailure) {
            this.onFailure = onFailure;
        }

        public boolean isRequireSum() {
            return this.requireSum;
        }

        public void setRequireSum(boolean requireSum) {
            this.requireSum = requireSum;
        }

    }

    public static class Database {

        /**
         * Longest time a report (endpoint, health, metrics) waits for the database state and the drift together, and
         * the out-of-order guard for the database at startup; after it, UNAVAILABLE. A database read that runs longer
         * is abandoned.
         */
        private Duration timeout = Duration.ofSeconds(2);

        /**
         * How long the database state (applied migrations) is cached between reports.
         */
        private Duration cacheTtl = Duration.ofSeconds(5);

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return this.cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

    }

    /**
     * Generating migrations from the entities: automatically at startup in profile dev, or once with
     * --migrate.diff=NAME.
     */
    public static class Dev {

        /**
         * Whether to diff the entities against the migration directory at startup and write the difference as a new
         * migration before the executor runs. When not set, on in profile "dev" only.
         */
        private Boolean autoDiff;

        /**
         * Directory the generated migrations are written to: the source directory the runtime directory is built
         * from. Relative paths resolve against the working directory.
         */
        private String sourceDir = "src/main/resources/db/migrations";

        /**
         * JDBC URL of the dev database (PostgreSQL, H2, MySQL or MariaDB) the diff replays the directory in (scratch
         * schemas only; scratch databases on MySQL). Drift on MySQL or MariaDB needs it set.
         * Defaults to the application's own DataSource when a dialect supports it.
         */
        private String url;

        /**
         * Login user of the dev database.
         */
        private String username;

        /**
         * Login password of the dev database.
         */
        private String password;

        /**
         * Whether a dev start applies a generated migration that holds risky changes (destructive, data-dependent or
         * a likely rename) at once. By default it writes the migration, applies nothing and stops for review.
         */
        private boolean applyRiskyChanges;

        public boolean isApplyRiskyChanges() {
            return this.applyRiskyChanges;
        }

        public void setApplyRiskyChanges(boolean applyRiskyChanges) {
            this.applyRiskyChanges = applyRiskyChanges;
        }

        public Boolean getAutoDiff() {
            return this.autoDiff;
        }

        public void setAutoDiff(Boolean autoDiff) {
            this.autoDiff = autoDiff;
        }

        public String getSourceDir() {
            return this.sourceDir;
        }

        public void setSourceDir(String sourceDir) {
            this.sourceDir = sourceDir;
        }

        public String getUrl() {
            return this.url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUsername() {
            return this.username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return this.password;
        }

        public void setPassword(String password) {
            this.password = password;
        }


    }

    /**
     * The drift between the entities and the live database, reported by /actuator/migrations.
     */
    public static class Drift {

        /**
         * Whether /actuator/migrations computes the drift between the entities and the live database.
         */
        private boolean enabled = true;

        /**
         * Longest time a drift computation may run before it is abandoned; the drift is then UNKNOWN with that reason
         * until a new computation succeeds. A request never waits longer than migrate.database.timeout.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /**
         * How long a computed drift is cached between reports.
         */
        private Duration cacheTtl = Duration.ofSeconds(30);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return this.cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

    }

}
