package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Projected ServiceAccount tokens requested with a lifetime above one day. */
public final class LongLivedProjectedToken extends KubernetesRule {
    private static final long ONE_DAY = 86_400;

    static final RuleMeta META = RuleMeta.builder("K8S135", "Projected service-account token lives longer than 24h")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags `expirationSeconds` above 86400 in a `serviceAccountToken` source of a `projected` "
                    + "volume. The default (3600) and shorter lifetimes are accepted.")
            .rationale("A projected token is a bearer credential: whoever copies it from the pod can use it until it "
                    + "expires, even after the pod is gone. The kubelet refreshes tokens well before expiry, so a long "
                    + "lifetime buys the workload nothing and only widens the window in which a stolen token works.")
            .remediation("Remove `expirationSeconds` (one hour by default) or set it to at most 86400; clients that "
                    + "re-read the token file pick up refreshed tokens automatically.")
            .reference("https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-token-volume")
            .equivalent("kube-linter", "projected-token-long-expiration")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (YamlNode volume : spec.node().get("volumes").items()) {
                for (YamlNode source : volume.path("projected", "sources").items()) {
                    YamlNode seconds = source.path("serviceAccountToken", "expirationSeconds");
                    long value = seconds.integer().orElse(0L);
                    if (value <= ONE_DAY) continue;
                    report(context, obj, seconds.span(), "volume " + volume.get("name").text().orElse("?") + " of "
                            + obj.display() + " projects a service-account token valid for " + value
                            + " seconds; keep it at most 86400 (24h)");
                }
            }
        });
    }
}
