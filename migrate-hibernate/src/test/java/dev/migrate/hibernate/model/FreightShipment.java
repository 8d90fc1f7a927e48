package dev.migrate.hibernate.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("FREIGHT")
public class FreightShipment extends Shipment {

    @Column(precision = 10, scale = 3)
    BigDecimal volumeCubicMeters;

    Integer palletCount;

}
