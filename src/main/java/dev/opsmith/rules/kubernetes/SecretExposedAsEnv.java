package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Secrets handed to a container as environment variables rather than as files. */
public final class SecretExposedAsEnv extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S131", "Secret consumed through environment variables")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Flags each `env[].valueFrom.secretKeyRef` and `envFrom[].secretRef` of any container. "
                    + "Opt-in: environment variables are the common way many frameworks read configuration, and the "
                    + "Secret itself is still referenced properly.")
            .rationale("Environment variables leak more easily than files: they are inherited by every child "
                    + "process, printed by crash handlers, debug endpoints and `env` in support sessions, and shown "
                    + "by `docker inspect` on the node. They are also fixed at container start, so a rotated Secret "
                    + "only takes effect after a restart; a mounted Secret volume is updated in place.")
            .remediation("Mount the Secret as a volume (read-only, with `defaultMode: 0400`) and have the "
                    + "application read the file, for example through a `*_FILE` variable pointing at it.")
            .reference("https://kubernetes.io/docs/concepts/security/secrets-good-practices/")
            .reference("https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod")
            .equivalent("kube-linter", "read-secret-from-env-var")
            .equivalent("checkov", "CKV_K8S_35")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (Container c : spec.allContainers()) {
                for (YamlNode item : c.node().get("env").items()) {
                    YamlEntry ref = item.get("valueFrom") instanceof YamlMapping m ? m.entry("secretKeyRef") : null;
                    if (ref == null) continue;
                    String name = item.get("name").text().orElse("");
                    String secret = ref.value().get("name").text().orElse("?");
                    RuleContext.Report r = report(context, obj, ref.key().span(), "env " + name + " of " + c.display()
                            + " reads Secret " + secret + " into an environment variable; mount it as a file instead");
                    SecretRedaction.markIfOnLines(context, r, ref.key().span(), item.get("value"));
                }
                for (YamlNode item : c.node().get("envFrom").items()) {
                    YamlEntry ref = item instanceof YamlMapping m ? m.entry("secretRef") : null;
                    if (ref == null) continue;
                    String secret = ref.value().get("name").text().orElse("?");
                    report(context, obj, ref.key().span(), c.display() + " loads every key of Secret " + secret
                            + " as environment variables; mount it as a file instead");
                }
            }
        });
    }
}
