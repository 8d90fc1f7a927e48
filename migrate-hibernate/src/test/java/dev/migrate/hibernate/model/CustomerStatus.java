package dev.migrate.hibernate.model;

public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
