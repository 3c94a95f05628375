package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PSS restricted requires a seccomp filter on every container; one pod-level RuntimeDefault does it. */
public final class SeccompProfileNotSet extends KubernetesRule {
    /** From this release on the kubelet ignores the legacy seccomp annotations. */
    static final KubeVersion ANNOTATIONS_IGNORED_FROM = new KubeVersion(1, 27);

    static final RuleMeta META = RuleMeta.builder("K8S015", "No RuntimeDefault/Localhost seccomp profile")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Seccomp\" of the restricted profile only (off under "
                    + "`--pss-profile baseline`). Every container, init container and ephemeral container needs an "
                    + "effective `seccompProfile.type` of `RuntimeDefault` or `Localhost`: the container's "
                    + "`seccompProfile` wins, the pod's applies otherwise, so one pod-level "
                    + "`seccompProfile: {type: RuntimeDefault}` covers them all. Containers without one are reported "
                    + "together at the pod's `securityContext` (else the pod template's `spec`); an invalid "
                    + "container-level type is reported where it is. `Unconfined` is K8S016's finding, not this "
                    + "one's. The legacy annotations (`seccomp.security.alpha.kubernetes.io/pod`, "
                    + "`container.seccomp.security.alpha.kubernetes.io/<name>` = `runtime/default`, "
                    + "`docker/default` or `localhost/…`) count only when the target Kubernetes version "
                    + "(`rules.settings.K8S015.kube-version`, default the newest known) is below 1.27. Pods with "
                    + "`spec.os.name: windows` are skipped, as PSS does.")
            .rationale("Without a profile, containers run Unconfined: every system call of the kernel is reachable, "
                    + "including the rarely used ones where most container-escape bugs have been found. "
                    + "RuntimeDefault blocks those at no cost to normal services, and a pod-level setting is the "
                    + "one-line way to satisfy the restricted Pod Security profile that a regulated cluster enforces.")
            .remediation("Add `seccompProfile: {type: RuntimeDefault}` to the pod's `securityContext` (or a "
                    + "`Localhost` profile you maintain), and remove container-level overrides that weaken it.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .reference("https://kubernetes.io/docs/tutorials/security/seccomp/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        boolean annotationsCount = !PodSecurityStandards.targetVersion(context).isAtLeast(ANNOTATIONS_IGNORED_FROM);
        forEachPodSpec(manifests, (obj, pod) -> {
            if (EffectiveSecurityContext.isWindows(pod)) return;
            Map<String, String> annotations = pod.podAnnotations();
            YamlNode podProfile = pod.securityContext().get("seccompProfile");
            boolean podSet = EffectiveSecurityContext.isSet(podProfile);
            boolean podConfined;
            if (podSet) {
                if (EffectiveSecurityContext.isTemplated(podProfile.get("type"))) return;
                Seccomp.Kind kind = Seccomp.ofField(podProfile);
                podConfined = kind == Seccomp.Kind.CONFINED;
                if (kind == Seccomp.Kind.OTHER) reportInvalid(context, obj, podProfile, obj.display() + " (pod level)");
            } else {
                String legacy = annotations.get(Seccomp.POD_ANNOTATION);
                podConfined = annotationsCount && legacy != null && Seccomp.ofAnnotation(legacy) == Seccomp.Kind.CONFINED;
            }
            List<String> unconfined = new ArrayList<>();
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().get("seccompProfile");
                if (EffectiveSecurityContext.isSet(own)) {
                    if (EffectiveSecurityContext.isTemplated(own.get("type"))) continue;
                    if (Seccomp.ofField(own) == Seccomp.Kind.OTHER) {
                        reportInvalid(context, obj, own, c.display() + " of " + obj.display());
                    }
                    continue;
                }
                if (podConfined || podSet) continue; // a pod-level Unconfined or invalid type is reported once
                boolean legacyConfined = annotationsCount && c.name()
                        .flatMap(n -> Seccomp.containerAnnotation(annotations, n))
                        .map(v -> Seccomp.ofAnnotation(v) == Seccomp.Kind.CONFINED).orElse(false);
                if (!legacyConfined) unconfined.add(c.display());
            }
            if (unconfined.isEmpty()) return;
            YamlEntry podContext = EffectiveSecurityContext.podSecurityContextEntry(pod);
            Span where = podContext != null ? podContext.span() : EffectiveSecurityContext.podSpecKey(pod);
            report(context, obj, where, obj.display() + " runs " + String.join(", ", unconfined)
                    + " without a seccomp profile: set seccompProfile: {type: RuntimeDefault} in the pod's "
                    + "securityContext");
        });
    }

    private static void reportInvalid(RuleContext context, KubernetesObject obj, YamlNode profile, String who) {
        YamlNode type = profile.get("type");
        Span where = type.present() ? type.span() : profile.span();
        report(context, obj, where, who + " sets seccompProfile type '" + type.text().orElse("") + "', which is not "
                + "RuntimeDefault or Localhost: use type: RuntimeDefault");
    }
}
