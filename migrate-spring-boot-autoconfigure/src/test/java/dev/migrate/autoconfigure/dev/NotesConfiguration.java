package dev.migrate.autoconfigure.dev;

import dev.migrate.autoconfigure.dev.notes.Note;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** The application's entities in the dev tests: the {@code notes} table alone. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Note.class)
class NotesConfiguration {

}
