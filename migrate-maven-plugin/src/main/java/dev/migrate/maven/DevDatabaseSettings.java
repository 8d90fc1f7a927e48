package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;

/** The dev database of {@code migrate:diff}: from the goal's parameters, else from the application's properties. */
record DevDatabaseSettings(String url, String user, String password) {

    static DevDatabaseSettings resolve(String url, String user, String password, SpringJpaProperties application)
            throws MojoFailureException {
        String resolvedUrl = present(url) ? url : application.devUrl().orElseThrow(() -> new MojoFailureException(
                "No dev database to diff on. Pass one, for example -Dmigrate.devUrl=jdbc:postgresql://localhost:5432/dev"
                        + " (or -Dmigrate.devUrl=jdbc:h2:mem: for a private in-memory H2), or set migrate.dev.url in "
                        + "src/main/resources/application.properties. Only migrate_* scratch schemas are created "
                        + "there."));
        return new DevDatabaseSettings(resolvedUrl,
                present(user) ? user : application.devUsername().orElse(null),
                present(password) ? password : application.devPassword().orElse(null));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

}
