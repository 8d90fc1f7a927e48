package dev.migrate.diff;

/** How the differ pairs the keys, constraints and indexes of a table on the two sides. */
public enum ConstraintMatching {

    /**
     * By name only: a renamed constraint is dropped and added again. What a plan must do to reach the desired names
     * exactly.
     */
    BY_NAME,

    /**
     * By name, and otherwise by definition: a desired constraint that differs from a current one only in its name
     * takes the current name, so it is no change. For a desired side whose names are generated (Hibernate's
     * {@code FK...}, {@code UK...}) against hand-named migrations.
     */
    BY_DEFINITION

}
