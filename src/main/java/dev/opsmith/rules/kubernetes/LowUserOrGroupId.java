package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Low UIDs and GIDs collide with accounts that exist on the node. */
public final class LowUserOrGroupId extends KubernetesRule {
    /** The setting ({@code rules.settings.K8S012.min-id}) with the lowest accepted UID/GID. */
    static final String SETTING = "min-id";
    static final long DEFAULT_MIN_ID = 10000;

    static final RuleMeta META = RuleMeta.builder("K8S012", "runAsUser or runAsGroup below the host-safe threshold")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. For each container, init container and ephemeral container, reads the effective "
                    + "`runAsUser` and `runAsGroup` (the container's value, else the pod's) and reports one that is "
                    + "below the threshold (default 10000, set `rules.settings.K8S012.min-id`) or not set at either "
                    + "level. A low pod-level value is reported once, at the pod. Pods with `spec.os.name: windows` "
                    + "are skipped (the fields do not apply there).")
            .rationale("UIDs and GIDs below 10000 are where node accounts and system services live. A container "
                    + "process that shares such an ID with a host account gets that account's access to anything it "
                    + "reaches on the node (a hostPath, a shared volume, a breakout). A fixed high ID also makes "
                    + "file ownership on volumes predictable, which audits of data-at-rest access appreciate.")
            .remediation("Set `runAsUser` and `runAsGroup` to IDs of 10000 or more (for example 10001) in the pod's "
                    + "`securityContext`, and build the image so that this ID owns the files it writes.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .equivalent("kube-score", "container-security-context-user-group-id")
            .equivalent("checkov", "CKV_K8S_40")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        long minId = minId(context.setting(SETTING));
        forEachPodSpec(manifests, (obj, pod) -> {
            if (EffectiveSecurityContext.isWindows(pod)) return;
            Set<Span> reportedPodValues = new HashSet<>();
            for (Container c : pod.allContainers()) {
                EffectiveSecurityContext effective = EffectiveSecurityContext.of(pod, c);
                for (String field : List.of("runAsUser", "runAsGroup")) {
                    YamlNode value = effective.field(field);
                    if (EffectiveSecurityContext.isTemplated(value)) continue;
                    if (!EffectiveSecurityContext.isSet(value)) {
                        report(context, obj, c.anchor(), c.display() + " of " + obj.display() + " sets no " + field
                                + ": set it to " + minId + " or more");
                        continue;
                    }
                    long id = value.integer().orElse(-1L);
                    if (id >= minId) continue;
                    if (effective.inherited(field)) {
                        if (!reportedPodValues.add(value.span())) continue;
                        report(context, obj, value.span(), obj.display() + " sets " + field + " " + value.text().orElse("")
                                + " for its containers, below " + minId + ": use a higher ID");
                    } else {
                        report(context, obj, value.span(), c.display() + " of " + obj.display() + " sets " + field
                                + " " + value.text().orElse("") + ", below " + minId + ": use a higher ID");
                    }
                }
            }
        });
    }

    static long minId(List<String> setting) {
        if (setting.isEmpty()) return DEFAULT_MIN_ID;
        try {
            return Long.parseLong(setting.get(0).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MIN_ID;
        }
    }
}
