package dev.opsmith.rules.terraform;

import dev.opsmith.core.Format;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.eval.ScannedModules;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Base of Terraform rules. A rule sees the evaluated module of the file's folder and judges the resources
 * declared in the file being scanned (a value an override file sets is reported in that file's own scan). Instances
 * of a counted resource share their source lines: a problem is reported once per line and message.
 */
public abstract class TerraformRule implements Rule {

    @Override
    public final Format format() {
        return Format.TERRAFORM;
    }

    @Override
    public final void check(Object model, RuleContext context) {
        String rel = context.source().relativePath();
        int slash = rel.lastIndexOf('/');
        String dir = slash < 0 ? "" : rel.substring(0, slash);
        ScannedModules modules = context.index(ScannedModules.class, ScannedModules.EMPTY);
        modules.module(dir).ifPresent(module -> check(module, new Reporter(context, modules.isRoot(dir))));
    }

    protected abstract void check(EvaluatedModule module, Reporter reporter);

    /** Reports once per span and message, only on nodes of the scanned file. */
    protected static final class Reporter {
        private final RuleContext context;
        private final Set<String> seen = new HashSet<>();
        private final boolean root;

        Reporter(RuleContext context, boolean root) {
            this.context = context;
            this.root = root;
        }

        /**
         * Whether the module is a root module: a folder no other scanned module calls. Settings that belong to the
         * root (backend, required_version, provider bounds) are judged only there; a called module inherits them.
         */
        public boolean isRoot() {
            return root;
        }

        /** The resource instances of a type whose block is declared in the scanned file. */
        public List<ResourceInstance> resources(EvaluatedModule module, String type) {
            String rel = context.source().relativePath();
            return module.resources(type).stream().filter(i -> i.block().file().relativePath().equals(rel)).toList();
        }

        /** Whether an attribute was written in the scanned file (not in an override file). */
        public boolean inThisFile(EvaluatedAttribute attribute) {
            return inThisFile(attribute.source().file());
        }

        public boolean inThisFile(dev.opsmith.core.SourceFile file) {
            return file.relativePath().equals(context.source().relativePath());
        }

        /** The report to detail, or empty when another instance of the same block already reported it. */
        public java.util.Optional<RuleContext.Report> report(Span span, String message) {
            if (!seen.add(span + "\0" + message)) return java.util.Optional.empty();
            return java.util.Optional.of(context.report(span, message));
        }

        public void undecided(Span span, String question, List<String> unknowns) {
            if (seen.add("?" + span + "\0" + question)) context.undecided(span, question, unknowns);
        }
    }
}
