package dev.migrate.dir;

/** Whether a file moves the schema forward or reverts a forward file of the same version. */
public enum Direction {

    UP,

    DOWN

}
