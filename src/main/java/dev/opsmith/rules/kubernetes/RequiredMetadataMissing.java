package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Ownership and contact metadata is what an auditor and an on-call engineer look for first. */
public final class RequiredMetadataMissing extends KubernetesRule {
    /** {@code rules.settings.K8S162.required-labels}: {@code key} or {@code key=regex} entries. */
    static final String LABELS = "required-labels";
    /** {@code rules.settings.K8S162.required-annotations}: {@code key} or {@code key=regex} entries. */
    static final String ANNOTATIONS = "required-annotations";
    /** {@code rules.settings.K8S162.kinds}: the kinds checked; every kind when not set. */
    static final String KINDS = "kinds";

    static final RuleMeta META = RuleMeta.builder("K8S162", "Required label or annotation missing")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.KUBERNETES).optIn()
            .description("Opt-in, and active only when configured. `rules.settings.K8S162.required-labels` and "
                    + "`rules.settings.K8S162.required-annotations` list entries `key` (must be present) or "
                    + "`key=regex` (must be present and its whole value must match the regular expression; the "
                    + "expression cannot contain a comma). `rules.settings.K8S162.kinds` limits the check to some "
                    + "kinds; by default every object is checked. Only the object's own `metadata` is read, not pod "
                    + "templates. A missing key is reported on `labels:`/`annotations:` (else `metadata:`), a value "
                    + "that does not match on the value. Values with template syntax are not judged.")
            .rationale("Regulated platforms must be able to say who owns every running object, which cost centre "
                    + "pays for it and whom to call when it misbehaves. Requiring that metadata at review time is "
                    + "cheaper than reconstructing it during an incident or an audit.")
            .remediation("Add the required labels and annotations to `metadata`, for example `team: payments`, "
                    + "`cost-centre: cc-4711` and an `opsmith.dev/contact` annotation with the on-call address.")
            .reference("https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/")
            .build();

    /** One configured requirement. */
    private record Requirement(String key, Pattern value, String regex) {
        static Requirement parse(String entry) {
            int eq = entry.indexOf('=');
            if (eq < 0) return new Requirement(entry.strip(), null, "");
            String regex = entry.substring(eq + 1).strip();
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                p = Pattern.compile(Pattern.quote(regex));
            }
            return new Requirement(entry.substring(0, eq).strip(), p, regex);
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        List<Requirement> labels = context.setting(LABELS).stream().filter(s -> !s.isBlank()).map(Requirement::parse).toList();
        List<Requirement> annotations = context.setting(ANNOTATIONS).stream().filter(s -> !s.isBlank())
                .map(Requirement::parse).toList();
        List<String> kinds = context.setting(KINDS).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (labels.isEmpty() && annotations.isEmpty()) return;
        for (KubernetesObject o : manifests.objects()) {
            if (!kinds.isEmpty() && !kinds.contains(o.kind())) continue;
            check(o, "labels", "label", labels, context);
            check(o, "annotations", "annotation", annotations, context);
        }
    }

    private void check(KubernetesObject o, String field, String what, List<Requirement> required, RuleContext context) {
        YamlNode map = o.metadata().get(field);
        Span missingAt = NetworkNodes.keyOf(o.metadata(), field, NetworkNodes.keyOf(o.root(), "metadata", o.anchor()));
        List<String> missing = new ArrayList<>();
        for (Requirement r : required) {
            YamlNode value = map.get(r.key());
            if (!(map instanceof YamlMapping m) || !m.has(r.key())) {
                missing.add(r.key() + (r.value() == null ? "" : " (matching " + r.regex() + ")"));
                continue;
            }
            if (r.value() == null) continue;
            String text = value instanceof YamlScalar s && !s.isNull() ? s.value() : "";
            if (SelectorExpression.isTemplated(text) || r.value().matcher(text).matches()) continue;
            report(context, o, value.span(), o.display() + " has " + what + " " + r.key() + "=\"" + text
                    + "\", which does not match " + r.regex());
        }
        if (!missing.isEmpty()) {
            report(context, o, missingAt, o.display() + " lacks the required " + what + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing)).property("missing", String.join(",", missing));
        }
    }
}
