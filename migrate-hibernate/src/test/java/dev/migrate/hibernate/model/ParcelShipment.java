package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("PARCEL")
public class ParcelShipment extends Shipment {

    @Column(length = 40)
    String carrier;

    Integer weightGrams;

}
