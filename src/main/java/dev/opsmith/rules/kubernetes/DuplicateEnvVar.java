package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.Map;

/** The same variable defined twice in one container's {@code env}: only the last definition counts. */
public final class DuplicateEnvVar extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S134", "Env var defined twice in a container")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Flags the second and later `env` items of a container (init and ephemeral included) with "
                    + "a `name` already used in the same container's `env`. Variables from `envFrom` are not compared.")
            .rationale("The kubelet keeps the last definition, silently. A reviewer who reads the first one (say "
                    + "`LEDGER_DB_HOST` pointing at the replica) approves a configuration that is not what runs, and "
                    + "strategic-merge patches and Kustomize overlays treat the list by name, so they may edit the "
                    + "wrong copy or fail.")
            .remediation("Keep one definition per name; delete the one that should not apply.")
            .reference("https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/")
            .equivalent("kube-linter", "duplicate-env-var")
            .equivalent("kube-score", "environment-variable-key-duplication")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (Container c : spec.allContainers()) {
                Map<String, YamlNode> seen = new HashMap<>();
                for (YamlNode item : c.node().get("env").items()) {
                    YamlNode name = item.get("name");
                    String n = name.text().orElse("");
                    if (n.isEmpty() || n.contains("{{")) continue;
                    YamlNode firstItem = seen.putIfAbsent(n, item);
                    if (firstItem == null) continue;
                    YamlNode first = firstItem.get("name");
                    RuleContext.Report r = report(context, obj, name.span(), "env " + n + " of " + c.display()
                            + " is defined again (first on line " + first.span().line() + "); only the last "
                            + "definition takes effect").related(first.span(), "first definition");
                    SecretRedaction.markIfOnLines(context, r, name.span(), item.get("value"));
                    SecretRedaction.markIfOnLines(context, r, first.span(), firstItem.get("value"));
                }
            }
        });
    }
}
