package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.Set;
import java.util.regex.Pattern;

/** Label values have a strict syntax; the API server rejects the whole object otherwise. */
public final class InvalidLabelValue extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S163", "Label value is not a valid Kubernetes label value")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a label value longer than 63 characters or not of the form "
                    + "`([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]` (an empty value is valid). Checked everywhere a "
                    + "label value appears: every `metadata.labels` of the object (pod templates, job templates, "
                    + "volume claim templates included), every `matchLabels`, the values of `matchExpressions`, and "
                    + "the flat selector of Services and ReplicationControllers. Values with template syntax are "
                    + "skipped.")
            .rationale("The API server rejects the object, so the rollout fails at apply time. Values such as a "
                    + "team's e-mail address, a URL or a long git description are the usual cause, and a selector "
                    + "with such a value can never match either.")
            .remediation("Keep label values short identifiers (letters, digits, `-`, `_`, `.`, starting and ending "
                    + "alphanumeric); put e-mail addresses, URLs and free text into annotations.")
            .reference("https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set")
            .equivalent("kube-score", "label-values")
            .build();

    private static final Pattern VALID = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Set<String> FLAT_SELECTOR_KINDS = Set.of("Service", "ReplicationController");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (o.kind().equals("CustomResourceDefinition")) continue; // its schema names fields "matchLabels", "labels"
            walk(o, o.root(), "", context);
            if (FLAT_SELECTOR_KINDS.contains(o.kind())) {
                for (YamlEntry e : o.spec().get("selector").entries()) check(o, e.key().value(), e.value(), context);
            }
        }
    }

    private void walk(KubernetesObject o, YamlNode node, String key, RuleContext context) {
        for (YamlEntry e : node.entries()) {
            String k = e.key().value();
            if ((k.equals("labels") && key.equals("metadata")) || k.equals("matchLabels")) {
                for (YamlEntry label : e.value().entries()) check(o, label.key().value(), label.value(), context);
            } else if (k.equals("matchExpressions")) {
                for (YamlNode item : e.value().items()) {
                    String labelKey = item.get("key").text().orElse("");
                    for (YamlNode v : item.get("values").items()) check(o, labelKey, v, context);
                }
            } else {
                walk(o, e.value(), k, context);
            }
        }
        for (YamlNode item : node.items()) walk(o, item, "", context);
    }

    private void check(KubernetesObject o, String key, YamlNode value, RuleContext context) {
        if (!(value instanceof YamlScalar s) || s.isNull()) return;
        String v = s.value();
        if (v.isEmpty() || SelectorExpression.isTemplated(v) || SelectorExpression.isTemplated(key)) return;
        String problem = v.length() > 63 ? "is longer than 63 characters"
                : !VALID.matcher(v).matches() ? "may only hold letters, digits, '-', '_' and '.', and must start "
                + "and end with a letter or digit" : null;
        if (problem == null) return;
        report(context, o, value.span(), "value of label " + key + " in " + o.display() + " " + problem
                + "; the API rejects it (move free text to an annotation)");
    }
}
