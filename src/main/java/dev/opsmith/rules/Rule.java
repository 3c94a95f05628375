package dev.opsmith.rules;

import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;

/**
 * One check. Pure: reads a parsed model (and analysis results through the context) and reports spans.
 * No I/O, no configuration, no state between files. Format base classes ({@code DockerfileRule}) cast
 * the model so a rule sees its typed model.
 */
public interface Rule {
    RuleMeta meta();

    Format format();

    void check(Object model, RuleContext context);
}
