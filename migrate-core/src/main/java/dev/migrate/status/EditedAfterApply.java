package dev.migrate.status;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.dir.MigrationFile;

/** The sentences said about files edited after they were applied, shared by the startup failure and the goals. */
public final class EditedAfterApply {

    private EditedAfterApply() {
    }

    public static String description(String location, String executor, List<MigrationFile> files) {
        return files.stream().map(MigrationFile::name).collect(Collectors.joining(", "))
                + (files.size() == 1 ? " was" : " were") + " edited after " + (files.size() == 1 ? "it was" : "they were")
                + " applied: the checksum " + executor + " recorded when it ran " + (files.size() == 1 ? "it" : "them")
                + " no longer matches the file in " + location + ". " + capitalized(executor)
                + " would refuse to run with a checksum error.";
    }

    public static String choices() {
        return "Either restore the file as it was applied (git checkout <commit that applied it> -- <file>, then run "
                + "./mvnw migrate:hash), or, to change the schema further, restore it and write a new migration with "
                + "the change instead (./mvnw migrate:new -Dmigrate.name=NAME or migrate:diff).";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
