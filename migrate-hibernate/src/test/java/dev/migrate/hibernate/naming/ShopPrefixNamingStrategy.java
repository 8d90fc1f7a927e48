package dev.migrate.hibernate.naming;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** A custom physical naming strategy as apps write them: snake case, every table prefixed with {@code shop_}. */
public class ShopPrefixNamingStrategy extends PhysicalNamingStrategySnakeCaseImpl {

    @Override
    public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
        Identifier snake = super.toPhysicalTableName(logicalName, environment);
        return Identifier.toIdentifier("shop_" + snake.getText(), snake.isQuoted());
    }

}
