package dev.migrate.autoconfigure.liquibase;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrate.autoconfigure.directory.MigrationDirectories;
import dev.migrate.dir.MigrationFile;

/**
 * The Liquibase changelog the starter supplies when the application has none: one {@code include} per up migration
 * of the directory, in version order, and nothing else (so atlas.sum is not offered to Liquibase, which would warn
 * about it). The included paths are what DATABASECHANGELOG records, the same as an {@code includeAll} of the
 * directory would record.
 */
final class GeneratedChangelog {

    /** Where Liquibase reads the generated changelog from (see {@link GeneratedChangelogResourceLoader}). */
    static final String LOCATION = "migrate:changelog.xml";

    private GeneratedChangelog() {
    }

    static byte[] render(String directoryLocation, List<MigrationFile> migrations) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n");
        xml.append("        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        xml.append("        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog ");
        xml.append("http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n");
        for (MigrationFile migration : migrations) {
            String path = MigrationDirectories.resourcePath(directoryLocation, migration.name());
            String identity = ChangesetIdentity.filePath(directoryLocation, migration.name());
            xml.append("    <include file=\"").append(escape(path)).append("\" logicalFilePath=\"")
                .append(escape(identity)).append("\"/>\n");
        }
        xml.append("</databaseChangeLog>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
