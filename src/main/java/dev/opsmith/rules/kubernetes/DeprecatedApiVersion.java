package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.schema.ApiVersions;
import dev.opsmith.rules.RuleContext;

/** A deprecated API still works today and breaks at a known future upgrade: the cheapest time to move is now. */
public final class DeprecatedApiVersion extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S181", "apiVersion/kind deprecated in the target Kubernetes")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.KUBERNETES)
            .description("Reports the `apiVersion` of an object whose group/version/kind is deprecated but still served "
                    + "in the target Kubernetes release, from opsmith's shipped API table; the message names the "
                    + "replacement and, when scheduled, the release that removes it (removed APIs are K8S180). The target "
                    + "release is the setting `kube-version` (CLI `--kube-version`, e.g. `1.29`); by default the newest "
                    + "release the table knows. Kinds the table does not list and templated values are skipped.")
            .rationale("The API server warns about deprecated APIs but accepts them, so they pass every test until the "
                    + "release that removes them. Migrating while both versions are served is a normal change; "
                    + "migrating after the removal is an incident. Release planning on a regulated platform needs this "
                    + "list before the upgrade is scheduled, not during it.")
            .remediation("Move the object to the named replacement API while the current one is still served, and "
                    + "check field differences between the versions (the deprecation guide lists them).")
            .reference("https://kubernetes.io/docs/reference/using-api/deprecation-guide/")
            .reference("https://kubernetes.io/docs/reference/using-api/deprecation-policy/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            ApiVersionStatus.of(o, context).filter(s -> s.state() == ApiVersions.State.DEPRECATED).ifPresent(s ->
                    report(context, o, ApiVersionStatus.node(o).span(), s.message() + " (target " + s.target() + ")")
                            .property("deprecatedIn", String.valueOf(s.entry().deprecated()))
                            .property("replacement", s.replacement().orElse("")));
        }
    }
}
