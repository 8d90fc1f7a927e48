package dev.migrate.autoconfigure.liquibase;

import java.net.URI;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The resource loader Liquibase reads through when the starter supplies the changelog: it serves the generated
 * changelog at {@link GeneratedChangelog#LOCATION} and resolves everything else (the included files) as usual.
 */
final class GeneratedChangelogResourceLoader extends DefaultResourceLoader {

    GeneratedChangelogResourceLoader(ResourceLoader delegate, byte[] changelog) {
        super((delegate != null) ? delegate.getClassLoader() : null);
        Resource resource = new ChangelogResource(changelog);
        addProtocolResolver((location, loader) -> GeneratedChangelog.LOCATION.equals(location) ? resource : null);
    }

    /** Liquibase asks every resource for a URI; an in-memory one has none of its own. */
    private static final class ChangelogResource extends ByteArrayResource {

        ChangelogResource(byte[] changelog) {
            super(changelog, "changelog generated from the migration directory");
        }

        @Override
        public URI getURI() {
            return URI.create(GeneratedChangelog.LOCATION);
        }

        @Override
        public String getFilename() {
            return "changelog.xml";
        }

    }

}
