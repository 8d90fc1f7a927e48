package dev.migrate.autoconfigure.dev;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A diff runs at startup with {@code --migrate.diff}, with {@code migrate.dev.auto-diff=true}, or in profile
 * {@code dev} unless {@code migrate.dev.auto-diff=false}. Never elsewhere.
 */
class MigrationDiffCondition extends SpringBootCondition {

    static final String AUTO_DIFF = "migrate.dev.auto-diff";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        if (environment.containsProperty(MigrationDiffCommand.PROPERTY)) {
            return ConditionOutcome.match("--" + MigrationDiffCommand.PROPERTY + " was given");
        }
        Boolean autoDiff = environment.getProperty(AUTO_DIFF, Boolean.class);
        if (autoDiff != null) {
            return new ConditionOutcome(autoDiff, AUTO_DIFF + "=" + autoDiff);
        }
        boolean dev = environment.acceptsProfiles(Profiles.of("dev"));
        return new ConditionOutcome(dev, dev ? "profile dev is active" : "profile dev is not active and "
                + AUTO_DIFF + " is not set");
    }

}
