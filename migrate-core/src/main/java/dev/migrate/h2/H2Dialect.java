package dev.migrate.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.ChangePlanner;
import dev.migrate.plan.ChangeRisks;
import dev.migrate.plan.FitCheck;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * H2 2.x behind the {@link Dialect} seam. Its DDL commits at once, so drift builds the entities' schema in a private
 * in-memory database ({@link #privateDevDatabaseUrl}) rather than in the live one.
 */
public final class H2Dialect implements Dialect {

    static final H2Dialect INSTANCE = new H2Dialect();

    /** H2 settings that change how DDL and names are read, so the private database takes them from the live one. */
    private static final List<String> COMPATIBILITY = List.of("MODE", "DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "NON_KEYWORDS", "DEFAULT_NULL_ORDERING");

    /** H2 accepts names of up to 256 characters. */
    private static final int MAX_NAME_LENGTH = 256;

    private static final ChangePlanner PLANNER = new ChangePlanner(H2Statements::of,
            new ChangeRisks(H2Types::isWidening),
            new FitCheck(H2Identifiers::quote, H2Types::render, MAX_NAME_LENGTH));

    private final DevSchemas devSchemas = new H2DevSchemas();

    /** For {@link java.util.ServiceLoader}; {@link H2#dialect()} gives the shared instance. */
    public H2Dialect() {
    }

    @Override
    public String id() {
        return "h2";
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Set<String> productNames() {
        return Set.of("H2");
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:h2:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }

    /** A new private in-memory database ({@link H2#devDatabaseUrl()}) with the live database's compatibility settings. */
    @Override
    public Optional<String> privateDevDatabaseUrl(Connection live) throws SQLException {
        StringBuilder url = new StringBuilder(H2.devDatabaseUrl());
        try (PreparedStatement query = live.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            for (String setting : COMPATIBILITY) {
                query.setString(1, setting);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getString(1) != null && !row.getString(1).isEmpty()) {
                        url.append(';').append(setting).append('=').append(row.getString(1));
                    }
                }
            }
        }
        return Optional.of(url.toString());
    }

    @Override
    public Schema inspect(Connection connection, InspectOptions options) {
        return new H2Inspector().inspect(connection, options);
    }

    @Override
    public SchemaDiffer differ() {
        return new SchemaDiffer(H2Normalizer.INSTANCE);
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        return PLANNER.plan(changes);
    }

    @Override
    public DevSchemas devSchemas() {
        return devSchemas;
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + H2Identifiers.quote(table) + " ALTER COLUMN " + H2Identifiers.quote(from)
                + " RENAME TO " + H2Identifiers.quote(to);
    }

}
