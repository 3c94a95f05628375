package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** NET_RAW is in the runtime's default set; it stays unless the manifest drops it. */
public final class NetRawNotDropped extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S005", "Container keeps NET_RAW")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a container, init container or ephemeral container whose "
                    + "`securityContext.capabilities.drop` names neither NET_RAW nor ALL (case-insensitive, with or "
                    + "without `CAP_`), so it keeps the runtime's default NET_RAW. Pods with `spec.os.name: windows` "
                    + "are skipped. Points at `capabilities`, else `securityContext`, else the container's name.")
            .rationale("Raw sockets let a process forge packets: ARP and DNS spoofing against neighbours on the node "
                    + "network, or ICMP tricks that bypass what NetworkPolicies intend. Application services never "
                    + "need it, and on a segmented payments network it is an easy step for lateral movement.")
            .remediation("Add `capabilities: {drop: [ALL]}` to the container's `securityContext` (or at least "
                    + "`drop: [NET_RAW]`). `ping` in debug images works without it on current kernels through "
                    + "`net.ipv4.ping_group_range`.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container")
            .equivalent("kube-linter", "drop-net-raw-capability")
            .equivalent("checkov", "CKV_K8S_28")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Capabilities.forEachNotDropping(manifests, "NET_RAW", (obj, c) ->
                report(context, obj, EffectiveSecurityContext.nearest(c, "securityContext", "capabilities"),
                        c.display() + " of " + obj.display() + " keeps NET_RAW: add capabilities.drop: [ALL]"));
    }
}
