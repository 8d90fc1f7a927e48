package dev.migrate.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class VoucherPayment extends Payment {

    @ManyToOne(optional = false)
    GiftCard giftCard;

}
