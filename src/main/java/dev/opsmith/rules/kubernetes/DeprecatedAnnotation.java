package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Annotations that a field has replaced: newer components ignore them, so the setting they carry may silently vanish. */
public final class DeprecatedAnnotation extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S185", "Legacy annotation that has a field replacement")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.KUBERNETES)
            .description("Reports an annotation key, on the object or on its pod template, that Kubernetes replaced "
                    + "with an API field: `seccomp.security.alpha.kubernetes.io/*` (use `securityContext.seccompProfile`), "
                    + "`container.apparmor.security.beta.kubernetes.io/*` (use `securityContext.appArmorProfile`; "
                    + "reported when the target release, setting `kube-version` / CLI `--kube-version`, is 1.30 or "
                    + "newer), `kubernetes.io/ingress.class` on an Ingress (use `spec.ingressClassName`), "
                    + "`scheduler.alpha.kubernetes.io/critical-pod` (use `priorityClassName`) and "
                    + "`service.alpha.kubernetes.io/tolerate-unready-endpoints` (use `spec.publishNotReadyAddresses`).")
            .rationale("Annotations are free text: when a component stops reading one, nothing fails, and the "
                    + "behaviour it asked for (a seccomp or AppArmor profile, a pod's scheduling priority, which "
                    + "ingress controller serves a host) quietly disappears. The replacing fields are validated by the "
                    + "API server and understood by policy tools, which is what auditors of a regulated platform "
                    + "rely on.")
            .remediation("Move the setting to the field named in the message and remove the annotation, e.g. "
                    + "`securityContext.seccompProfile.type: RuntimeDefault` instead of "
                    + "`seccomp.security.alpha.kubernetes.io/pod: runtime/default`.")
            .reference("https://kubernetes.io/docs/reference/labels-annotations-taints/")
            .reference("https://kubernetes.io/docs/tutorials/security/seccomp/")
            .reference("https://kubernetes.io/docs/tutorials/security/apparmor/")
            .build();

    private static final KubeVersion APPARMOR_FIELD = new KubeVersion(1, 30);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        KubeVersion target = KubeVersionSetting.of(context);
        for (KubernetesObject o : manifests.objects()) {
            List<YamlNode> annotations = new ArrayList<>();
            annotations.add(o.metadata().get("annotations"));
            Workloads.podSpec(o).map(PodSpec::templateMetadata).ifPresent(m -> annotations.add(m.get("annotations")));
            Set<Span> seen = new HashSet<>();
            for (YamlNode node : annotations) {
                if (!node.isMapping() || !seen.add(node.span())) continue;
                for (YamlEntry e : node.entries()) {
                    replacement(o, e.key().value(), target).ifPresent(use -> report(context, o, e.key().span(),
                            "annotation " + e.key().value() + " is a legacy form; " + use)
                            .property("annotation", e.key().value()));
                }
            }
        }
    }

    private static Optional<String> replacement(KubernetesObject o, String key, KubeVersion target) {
        if (key.startsWith("seccomp.security.alpha.kubernetes.io/")) {
            return Optional.of("set securityContext.seccompProfile on the pod or container instead (newer kubelets "
                    + "ignore the annotation)");
        }
        if (key.startsWith("container.apparmor.security.beta.kubernetes.io/") && target.isAtLeast(APPARMOR_FIELD)) {
            return Optional.of("set securityContext.appArmorProfile on the pod or container instead (the field is GA "
                    + "since 1.30)");
        }
        if (key.equals("kubernetes.io/ingress.class") && o.kind().equals("Ingress")) {
            return Optional.of("set spec.ingressClassName instead");
        }
        if (key.equals("scheduler.alpha.kubernetes.io/critical-pod")) {
            return Optional.of("set priorityClassName (e.g. system-cluster-critical) instead; the annotation has no "
                    + "effect since 1.16");
        }
        if (key.equals("service.alpha.kubernetes.io/tolerate-unready-endpoints")) {
            return Optional.of("set spec.publishNotReadyAddresses: true on the Service instead");
        }
        return Optional.empty();
    }
}
