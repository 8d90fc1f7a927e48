package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the {@code migrations} endpoint.
 */
@ConfigurationProperties("management.endpoint.migrations")
public class MigrationsEndpointProperties {

    /**
     * When to show the SQL text of a migration at /actuator/migrations/{version}: never, when-authorized or always.
     */
    private Show showSql = Show.NEVER;

    /**
     * Roles a user needs for the SQL text when show-sql is when-authorized. When empty, any authenticated user.
     */
    private Set<String> roles = new LinkedHashSet<>();

    public Show getShowSql() {
        return this.showSql;
    }

    public void setShowSql(Show showSql) {
        this.showSql = showSql;
    }

    public Set<String> getRoles() {
        return this.roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

}
