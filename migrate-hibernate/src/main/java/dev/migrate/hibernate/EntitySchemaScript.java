package dev.migrate.hibernate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's own create script for the entities: what {@code scripts.action=create} writes, one statement per
 * element, without the trailing delimiter.
 *
 * <p>It runs the schema creator the {@link SchemaManagementToolCoordinator} runs for that action (same execution
 * options, source {@code metadata}), but captures each command as Hibernate hands it over rather than writing a file
 * and splitting it again, so a statement containing a newline or a semicolon (a comment, a check constraint) stays
 * whole. Import scripts ({@code import.sql}, {@code jakarta.persistence.sql-load-script-source}) are data, not schema,
 * and are left out.
 */
public final class EntitySchemaScript {

    private EntitySchemaScript() {
    }

    /** The create script of a model for the settings' dialect. */
    public static List<String> create(EntityModel model, HibernateSettings settings) {
        try (EntityMetadata metadata = EntityMetadata.build(model, settings)) {
            return create(metadata);
        }
    }

    /**
     * The create script of a model, for running in one schema of the dev database whose name is not known to the
     * mapping: every statement must be unqualified.
     *
     * @throws IllegalStateException when the mapping names schemas explicitly, since its statements would then reach
     * outside the scratch schema
     */
    public static List<String> createUnqualified(EntityModel model, HibernateSettings settings) {
        try (EntityMetadata metadata = EntityMetadata.build(model, settings)) {
            return createUnqualified(metadata);
        }
    }

    /** {@link #createUnqualified(EntityModel, HibernateSettings)} of already built or captured metadata. */
    public static List<String> createUnqualified(EntityMetadata metadata) {
        Set<String> schemas = metadata.explicitSchemas();
        if (!schemas.isEmpty()) {
            throw new IllegalStateException("The entities name schemas explicitly (" + String.join(", ", schemas)
                    + ", through @Table(schema = ...), a generator's schema or hibernate.default_schema). A diff "
                    + "builds the desired schema in one scratch schema of the dev database, so it supports entities "
                    + "of the default schema only; remove the explicit schema or diff those entities apart.");
        }
        return create(metadata);
    }

    /** The create script of already built or captured metadata. */
    public static List<String> create(EntityMetadata metadata) {
        Map<String, Object> configuration = creationSettings(metadata);
        ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(configuration,
                ExceptionHandlerHaltImpl.INSTANCE);
        SchemaManagementTool tool = metadata.serviceRegistry().requireService(SchemaManagementTool.class);
        CapturedStatements statements = new CapturedStatements();
        tool.getSchemaCreator(configuration)
            .doCreation(metadata.metadata(), options, ContributableMatcher.ALL, FROM_METADATA, statements.target());
        return statements.list();
    }

    private static Map<String, Object> creationSettings(EntityMetadata metadata) {
        Map<String, Object> configuration = new HashMap<>(
                metadata.serviceRegistry().requireService(ConfigurationService.class).getSettings());
        configuration.put(SchemaToolingSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        configuration.remove(SchemaToolingSettings.HBM2DDL_IMPORT_FILES);
        configuration.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_LOAD_SCRIPT_SOURCE);
        configuration.remove(SchemaToolingSettings.HBM2DDL_LOAD_SCRIPT_SOURCE);
        configuration.put(SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SOURCE, SourceType.METADATA.name());
        configuration.put(JdbcSettings.FORMAT_SQL, false);
        configuration.put(SchemaToolingSettings.HBM2DDL_DELIMITER, "");
        return configuration;
    }

    private static final SourceDescriptor FROM_METADATA = new SourceDescriptor() {
        @Override
        public SourceType getSourceType() {
            return SourceType.METADATA;
        }

        @Override
        public ScriptSourceInput getScriptSourceInput() {
            return null;
        }
    };

    /** Collects the commands of a script target, one per command. */
    private static final class CapturedStatements implements ScriptTargetOutput {

        private final List<String> statements = new ArrayList<>();

        TargetDescriptor target() {
            return new TargetDescriptor() {
                @Override
                public EnumSet<TargetType> getTargetTypes() {
                    return EnumSet.of(TargetType.SCRIPT);
                }

                @Override
                public ScriptTargetOutput getScriptTargetOutput() {
                    return CapturedStatements.this;
                }
            };
        }

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String command) {
            String statement = command.strip();
            if (statement.endsWith(";")) {
                statement = statement.substring(0, statement.length() - 1).stripTrailing();
            }
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }

        @Override
        public void release() {
        }

        List<String> list() {
            return List.copyOf(statements);
        }

    }

}
