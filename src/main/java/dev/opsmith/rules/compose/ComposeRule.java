package dev.opsmith.rules.compose;

import dev.opsmith.core.Format;
import dev.opsmith.core.Span;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.Located;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/**
 * Base of every Compose rule: gives the rule the merged project and reports with the service's identity.
 * A rule judges merged values but reports only what the scanned file wrote: {@link #report(RuleContext,
 * ComposeService, Located, String)} skips values written by the other file (its own scan reports them), and
 * {@link #reportMissing} reports an absent attribute once, in the service's home file.
 */
public abstract class ComposeRule implements Rule {

    @Override
    public final Format format() {
        return Format.COMPOSE;
    }

    @Override
    public final void check(Object model, RuleContext context) {
        check((ComposeProject) model, context);
    }

    protected abstract void check(ComposeProject project, RuleContext context);

    /**
     * Reports on a span of the scanned file. The fingerprint combines {@code service/<name>} with the span's text.
     * Use it only for spans of local values; {@link #report(RuleContext, ComposeService, Located, String)} checks.
     */
    protected static RuleContext.Report report(RuleContext context, ComposeService service, Span span, String message) {
        return context.report(span, message).identity("service/" + service.name() + " " + context.source().text(span));
    }

    /** Reports on a value when the scanned file wrote it; empty (nothing reported) when another file did. */
    protected static Optional<RuleContext.Report> report(RuleContext context, ComposeService service, Located value,
                                                         String message) {
        return value.local() ? Optional.of(report(context, service, value.span(), message)) : Optional.empty();
    }

    /** Reports an attribute the merged service lacks, at the service's key in its home file only. */
    protected static Optional<RuleContext.Report> reportMissing(RuleContext context, ComposeService service,
                                                                String message) {
        return service.local() ? Optional.of(report(context, service, service.span(), message)) : Optional.empty();
    }
}
