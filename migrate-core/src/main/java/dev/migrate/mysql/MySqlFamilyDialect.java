package dev.migrate.mysql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.ChangePlanner;
import dev.migrate.plan.ChangeRisks;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * What MySQL and MariaDB share behind the {@link Dialect} seam: one inspector, normalizer and planner, and scratch
 * databases for a dev database. Their DDL commits at once and neither runs in memory, so drift on either needs
 * {@code migrate.dev.url}. The two registered dialects differ only in their {@link MySqlProduct}.
 */
abstract class MySqlFamilyDialect implements Dialect {

    private final MySqlProduct product;

    /** The server's version as Hibernate reads it, or empty before a connection told it. */
    private final Map<String, String> serverVersion;

    private final ChangeRisks risks = new ChangeRisks(MySqlTypes::isWidening);

    private final DevSchemas devSchemas;

    MySqlFamilyDialect(MySqlProduct product, Map<String, String> serverVersion) {
        this.product = product;
        this.serverVersion = Map.copyOf(serverVersion);
        this.devSchemas = new MySqlDevSchemas(product.id());
    }

    @Override
    public String id() {
        return product.id();
    }

    @Override
    public String name() {
        return product.name();
    }

    @Override
    public Set<String> productNames() {
        return product.productNames();
    }

    @Override
    public List<String> urlPrefixes() {
        return product.urlPrefixes();
    }

    @Override
    public String hibernateDialect() {
        return product.hibernateDialect();
    }

    /** This dialect with the server's version. */
    abstract MySqlFamilyDialect withServerVersion(Map<String, String> version);

    /**
     * The server's version, so that Hibernate writes the types that server has (MariaDB's native {@code uuid} from
     * 10.7, for one) and the application's own Hibernate, which reads the version from its connection, validates.
     */
    @Override
    public Map<String, String> hibernateProperties() {
        return serverVersion;
    }

    @Override
    public Dialect forServer(DatabaseMetaData server) throws SQLException {
        return withServerVersion(Map.of("jakarta.persistence.database-product-name", server.getDatabaseProductName(),
                "jakarta.persistence.database-product-version", server.getDatabaseProductVersion(),
                "jakarta.persistence.database-major-version", String.valueOf(server.getDatabaseMajorVersion()),
                "jakarta.persistence.database-minor-version", String.valueOf(server.getDatabaseMinorVersion())));
    }

    /** A schema is a database: the connection's catalog. */
    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public Schema inspect(Connection connection, InspectOptions options) {
        return new MySqlInspector().inspect(connection, options);
    }

    @Override
    public SchemaDiffer differ() {
        return new SchemaDiffer(MySqlNormalizer.INSTANCE);
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        List<SchemaChange> ordered = ForeignKeysAfterTypeChanges.split(changes);
        MySqlStatements statements = new MySqlStatements(product.mariaDb(), AutoIncrementKeys.of(ordered));
        return new ChangePlanner(statements::of, risks).plan(ordered);
    }

    @Override
    public DevSchemas devSchemas() {
        return devSchemas;
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + MySqlIdentifiers.quote(table) + " RENAME COLUMN " + MySqlIdentifiers.quote(from)
                + " TO " + MySqlIdentifiers.quote(to);
    }

}
