package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.RuleContext;

/** hostAliases pin names to addresses inside the pod, where DNS changes and their review cannot see them. */
public final class HostAliasesSet extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S050", "Pod rewrites /etc/hosts with hostAliases")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a pod spec whose `hostAliases` list is present and not empty. An empty "
                    + "list is accepted.")
            .rationale("Entries in `hostAliases` are written into each container's /etc/hosts and win over DNS. When "
                    + "the target moves (a fail-over, a new database endpoint), the pods keep the old address until "
                    + "someone finds the override, and operators looking at DNS see nothing wrong. They can also "
                    + "quietly redirect a payment or identity endpoint, so they deserve the same review as a DNS change.")
            .remediation("Publish the name in DNS (an `ExternalName` Service or a record in the internal zone) and "
                    + "remove `hostAliases`.")
            .reference("https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/")
            .equivalent("trivy", "KSV007")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            YamlEntry aliases = spec.node().entry("hostAliases");
            if (aliases == null || aliases.value().items().isEmpty()) return;
            report(context, obj, aliases.span(), obj.display() + " overrides /etc/hosts with "
                    + aliases.value().items().size() + " hostAliases entr" + (aliases.value().items().size() == 1
                    ? "y" : "ies") + ", hidden from DNS; publish the names in DNS instead");
        });
    }
}
