package dev.migrate.autoconfigure.ci;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches a run started with {@code --migrate.lint} or {@code --migrate.rebase}. */
class CiCommandCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return CiCommand.requested(context.getEnvironment()).isPresent();
    }

}
