package dev.migrate.autoconfigure.database;

import java.util.Optional;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The executor's bean ({@code Flyway}, {@code SpringLiquibase}) once the application has created it, to read the
 * executor's settings from as Spring Boot's own endpoints do: they include what a customizer or an application's own
 * bean set. The startup checks read the history before that bean exists (it depends on them, and creating a
 * SpringLiquibase runs Liquibase), so this never creates it: until then, and when there are several, there is none.
 *
 * @param <T> the executor's bean type
 */
public final class ExecutorBean<T> {

    private final ConfigurableListableBeanFactory beanFactory;

    private final Class<T> type;

    public ExecutorBean(ConfigurableListableBeanFactory beanFactory, Class<T> type) {
        this.beanFactory = beanFactory;
        this.type = type;
    }

    /** The executor's bean if the application has created it already. */
    public Optional<T> ifCreated() {
        String[] names = this.beanFactory.getBeanNamesForType(this.type, false, false);
        if (names.length != 1 || !this.beanFactory.containsSingleton(names[0])) {
            return Optional.empty();
        }
        return Optional.of(this.beanFactory.getBean(names[0], this.type));
    }

}
