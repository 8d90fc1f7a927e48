package dev.migrate.hibernate.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/** UUID id, @Version, two embedded addresses, a string enum, element collections (set and map). */
@Entity
public class Customer extends AuditedEntity {

    @Id
    @GeneratedValue
    UUID id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 254)
    String email;

    @Column(nullable = false, length = 100)
    String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CustomerStatus status;

    @Embedded
    Address billingAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 10)),
        @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    })
    Address shippingAddress;

    @ElementCollection
    @CollectionTable(name = "customer_phone_numbers", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "phone_number", length = 32)
    Set<String> phoneNumbers = new HashSet<>();

    @ElementCollection
    @MapKeyColumn(name = "preference_key", length = 64)
    @Column(name = "preference_value")
    Map<String, String> preferences = new HashMap<>();

}
