package dev.opsmith.rules.terraform;

import dev.opsmith.core.Format;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.eval.ScannedModules;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
        Map<String, RuleContext.Report> reported = new HashMap<>();
        for (ScannedModules.Evaluation evaluation : modules.evaluations(dir)) {
            check(evaluation.module(), new Reporter(context, modules.isRoot(dir), evaluation, reported));
        }
    }

    protected abstract void check(EvaluatedModule module, Reporter reporter);

    /**
     * Reports once per span and message, only on nodes of the scanned file. A module evaluated through several
     * calls is checked once per call instance; the same finding from several instances is one finding with every
     * instance in its contexts and each call site as a related location.
     */
    protected static final class Reporter {
        private final RuleContext context;
        private final Set<String> seen = new HashSet<>();
        private final boolean root;
        private final ScannedModules.Evaluation evaluation;
        private final Map<String, RuleContext.Report> reported;

        Reporter(RuleContext context, boolean root, ScannedModules.Evaluation evaluation,
                 Map<String, RuleContext.Report> reported) {
            this.context = context;
            this.root = root;
            this.evaluation = evaluation;
            this.reported = reported;
        }

        /**
         * Whether the module is a root module: a folder no other scanned module calls. Settings that belong to the
         * root (backend, required_version, provider bounds) are judged only there; a called module inherits them.
         */
        public boolean isRoot() {
            return root;
        }

        /** This rule's setting {@code key} from {@code rules.settings.<ID>} in the configuration (empty when unset). */
        public List<String> setting(String key) {
            return context.setting(key);
        }

        /**
         * A threshold setting ({@code minDays}, {@code maxWidth}): the first configured value that is a positive whole
         * number, else {@code fallback}.
         */
        public int positiveSetting(String key, int fallback) {
            for (String value : setting(key)) {
                try {
                    int n = Integer.parseInt(value.strip());
                    if (n > 0) return n;
                } catch (NumberFormatException ignored) {
                    // an unusable value keeps the default
                }
            }
            return fallback;
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
            String key = span + "\0" + message;
            if (!seen.add(key)) return java.util.Optional.empty();
            RuleContext.Report earlier = reported.get(key);
            if (earlier != null) {
                // the same finding through another call of this module
                describeCall(earlier);
                return java.util.Optional.empty();
            }
            RuleContext.Report report = context.report(span, message);
            evaluation.plan().filter(ScannedModules.PlanSource::inPlanFile).ifPresent(plan -> {
                // a plan is not held as text: the message names the resource; its sensitive values stay hidden
                report.identity(message);
                for (int line = span.line(); line <= span.endLine(); line++) {
                    for (String secret : plan.secretsByLine().getOrDefault(line, List.of())) report.secret(secret);
                }
            });
            describeCall(report);
            reported.put(key, report);
            return java.util.Optional.of(report);
        }

        /**
         * Whether the values judged come from a plan JSON: they are what Terraform will apply, but no longer say
         * whether they were written in the code or came from a variable, so "hard-coded" rules do not judge them.
         */
        public boolean fromPlan() {
            return evaluation.plan().isPresent();
        }

        private void describeCall(RuleContext.Report report) {
            report.context(evaluation.context());
            evaluation.callSite().ifPresent(call -> report.related(call.file().relativePath(), call.header(),
                    "module called here (" + evaluation.context() + ")"));
        }

        public void undecided(Span span, String question, List<String> unknowns) {
            if (!context.setting(RuleContext.SHOW_UNKNOWN).contains("true")) return;
            String key = "?" + span + "\0" + question;
            if (seen.add(key) && !reported.containsKey(key)) {
                context.undecided(span, question, unknowns);
                reported.put(key, null);
            }
        }
    }
}
