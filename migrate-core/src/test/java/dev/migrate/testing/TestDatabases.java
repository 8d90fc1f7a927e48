package dev.migrate.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Hands a test its own databases as parameters: each parameter of type {@link TestDatabase} (PostgreSQL),
 * {@link TestH2Database} or {@link TestMySql.Database} is a new, empty database. Use it with
 * {@code @ExtendWith(TestDatabases.class)}.
 * <p>
 * A database is dropped when the scope that asked for it ends: the test's, for parameters of the test method, of its
 * {@code @BeforeEach} and {@code @AfterEach} methods and of the test instance's constructor; the class's, for those of
 * a {@code @BeforeAll} method (or of the constructor under {@code @TestInstance(PER_CLASS)}). Two parameters are two
 * databases, so a test that takes one in {@code @BeforeEach} keeps it in a field. A {@link FreshDatabases} parameter
 * creates databases on demand, for a test that decides at run time which ones it needs.
 * <p>
 * A test class can also declare an instance field of one of these types and leave it unset: each test instance finds
 * it holding a database of its own, with the lifetime of a constructor parameter.
 */
public final class TestDatabases implements ParameterResolver, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);

    private static final Map<Class<?>, Function<FreshDatabases, Object>> DATABASES = Map.of(
            TestDatabase.class, FreshDatabases::postgres,
            TestH2Database.class, FreshDatabases::h2,
            TestMySql.Database.class, FreshDatabases::mySql,
            FreshDatabases.class, (databases) -> databases);

    /**
     * A constructor's and a field's databases are those of the test the instance is made for, unless the class has
     * one instance.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return DATABASES.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return DATABASES.get(parameter.getParameter().getType()).apply(freshDatabases(context));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Function<FreshDatabases, Object> database = DATABASES.get(field.getType());
                if (database != null && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    if (field.get(testInstance) == null) {
                        field.set(testInstance, database.apply(freshDatabases(context)));
                    }
                }
            }
        }
    }

    /**
     * The scope's own databases. The key is the scope's id because a store also answers with its parents' values: a
     * test's databases must not join those of its class, which live longer.
     */
    private static FreshDatabases freshDatabases(ExtensionContext context) {
        // The store closes what it holds, as AutoCloseable, when the scope ends.
        return context.getStore(NAMESPACE)
            .computeIfAbsent(context.getUniqueId(), (id) -> new FreshDatabases(), FreshDatabases.class);
    }

}
