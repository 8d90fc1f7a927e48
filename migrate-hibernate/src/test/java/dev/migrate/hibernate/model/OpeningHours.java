package dev.migrate.hibernate.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    DayOfWeek dayOfWeek;

    LocalTime opensAt;

    LocalTime closesAt;

}
