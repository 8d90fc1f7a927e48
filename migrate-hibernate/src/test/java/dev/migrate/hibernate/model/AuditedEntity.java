package dev.migrate.hibernate.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Audit columns shared by several entities. */
@MappedSuperclass
public abstract class AuditedEntity {

    @Column(nullable = false, updatable = false)
    Instant createdAt;

    Instant updatedAt;

    @Column(length = 64)
    String createdBy;

}
