package dev.migrate.hibernate.model;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
