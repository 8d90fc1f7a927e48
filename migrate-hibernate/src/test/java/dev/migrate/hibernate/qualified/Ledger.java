package dev.migrate.hibernate.qualified;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity in a schema of its own, which a diff cannot build in a scratch schema. */
@Entity
@Table(schema = "accounting")
public class Ledger {

    @Id
    Long id;

}
