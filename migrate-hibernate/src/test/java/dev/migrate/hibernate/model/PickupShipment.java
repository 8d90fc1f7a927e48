package dev.migrate.hibernate.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
@DiscriminatorValue("PICKUP")
public class PickupShipment extends Shipment {

    @ManyToOne
    Store store;

}
