package dev.migrate.plan;

/** Why a planned change deserves a warning before it runs against a database with data. */
public enum ChangeRisk {
    /** Loses data: drops a table, column or sequence, or narrows a column's type. */
    DESTRUCTIVE,
    /** Can fail when existing rows do not fit: a new NOT NULL without default, unique, key, check or narrower type. */
    MAY_FAIL_ON_DATA
}
