package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Format;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;

/** Base of every Dockerfile rule: gives the rule its typed model. */
public abstract class DockerfileRule implements Rule {

    @Override
    public final Format format() {
        return Format.DOCKERFILE;
    }

    @Override
    public final void check(Object model, RuleContext context) {
        check((Dockerfile) model, context);
    }

    protected abstract void check(Dockerfile dockerfile, RuleContext context);
}
