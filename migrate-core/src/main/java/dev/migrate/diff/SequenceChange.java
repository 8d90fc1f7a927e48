package dev.migrate.diff;

import java.util.Optional;

import dev.migrate.schema.Sequence;

/** Changes of standalone sequences. */
public sealed interface SequenceChange extends SchemaChange {

    String sequenceName();

    record CreateSequence(Sequence sequence) implements SequenceChange {
        public String sequenceName() {
            return sequence.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropSequence(sequence));
        }
    }

    record DropSequence(Sequence sequence) implements SequenceChange {
        public String sequenceName() {
            return sequence.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new CreateSequence(sequence));
        }
    }

    /** Changes the options, type or owner of a sequence. */
    record AlterSequence(Sequence from, Sequence to) implements SequenceChange {
        public String sequenceName() {
            return to.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new AlterSequence(to, from));
        }
    }

}
