package dev.migrate.benchmarks.devdiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The peer: what Liquibase's {@code diffChangeLog} does with liquibase-hibernate, the entities (through a
 * {@code hibernate:classic:} configuration listing the model's classes) as the reference and the dev database as the
 * target, the changelog printed as XML. Liquibase's own diff, as its {@code diffChangeLog} command runs it.
 */
final class LiquibaseHibernateDiff {

    private static final String CONFIG = "bench-hibernate.cfg.xml";

    private final ClassLoader loader;

    private LiquibaseHibernateDiff(ClassLoader loader) {
        this.loader = loader;
    }

    /** Writes a Hibernate configuration naming the entities next to their classes. */
    static LiquibaseHibernateDiff of(Path classes, List<String> entityClasses, ClassLoader loader) throws IOException {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration>
                  <session-factory>
                    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
                """);
        entityClasses.forEach(type -> xml.append("    <mapping class=\"").append(type).append("\"/>\n"));
        xml.append("  </session-factory>\n</hibernate-configuration>\n");
        Files.writeString(classes.resolve(CONFIG), xml, StandardCharsets.UTF_8);
        return new LiquibaseHibernateDiff(loader);
    }

    /** Diffs the entities against the database's public schema; returns the changelog's number of change sets. */
    int diffChangeLog(DataSource target) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (Connection connection = target.getConnection()) {
            Database reference = DatabaseFactory.getInstance().openDatabase("hibernate:classic:" + CONFIG
                    + "?dialect=org.hibernate.dialect.PostgreSQLDialect", null, null, null,
                    new ClassLoaderResourceAccessor(loader));
            try {
                return LiquibaseChangeLog.diff(reference, LiquibaseChangeLog.jdbc(connection));
            }
            finally {
                reference.close();
            }
        }
        finally {
            thread.setContextClassLoader(previous);
        }
    }

}
