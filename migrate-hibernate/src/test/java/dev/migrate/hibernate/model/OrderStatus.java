package dev.migrate.hibernate.model;

public enum OrderStatus {
    NEW, PAID, SHIPPED, DELIVERED, CANCELLED
}
