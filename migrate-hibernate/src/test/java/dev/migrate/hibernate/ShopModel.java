package dev.migrate.hibernate;

import dev.migrate.hibernate.model.Customer;

/** The 32-entity test model, found by scanning its package. */
final class ShopModel {

    static final String PACKAGE = Customer.class.getPackageName();

    private ShopModel() {
    }

    static EntityModel scan() {
        return EntityModel.scan(ShopModel.class.getClassLoader(), PACKAGE);
    }

}
