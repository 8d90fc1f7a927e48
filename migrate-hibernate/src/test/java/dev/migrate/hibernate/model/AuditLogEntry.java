package dev.migrate.hibernate.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_log", indexes = { @Index(name = "idx_audit_entity", columnList = "entity_type, entity_id"),
    @Index(name = "uk_audit_correlation", columnList = "correlation_id", unique = true) })
public class AuditLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    AuditAction action;

    @Column(nullable = false, length = 60)
    String entityType;

    @Column(nullable = false, length = 64)
    String entityId;

    @Column(length = 36)
    String correlationId;

    @Lob
    @Column(nullable = false)
    String payload;

    @Column(nullable = false)
    Instant occurredAt;

}
