package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** A handful of capabilities are each close to root on the node; they deserve their own, louder finding. */
public final class DangerousCapabilityAdded extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S004", "Container adds a host-level dangerous capability")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports each `securityContext.capabilities.add` item that is ALL, SYS_ADMIN, NET_ADMIN, "
                    + "NET_RAW, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, SYS_BOOT, BPF, PERFMON or DAC_READ_SEARCH, on any "
                    + "container (case-insensitive, with or without `CAP_`). Not a Pod Security Standards control of "
                    + "its own: these items are outside the PSS baseline set too, and this rule reports them instead "
                    + "of K8S003 and K8S007.")
            .rationale("Each of these opens a known path out of the container: SYS_ADMIN mounts filesystems and "
                    + "manipulates namespaces, SYS_MODULE loads kernel code, SYS_PTRACE reads other processes' memory "
                    + "(keys, tokens), NET_ADMIN and NET_RAW rewrite or spoof traffic on the node network, BPF and "
                    + "PERFMON observe the whole kernel, DAC_READ_SEARCH reads any file by handle. For a service that "
                    + "handles cardholder or ledger data, granting one of them defeats network segmentation and "
                    + "secret isolation that auditors rely on.")
            .remediation("Remove the capability. Start from `drop: [ALL]` and add back only NET_BIND_SERVICE when "
                    + "a low port is required; tasks that need kernel-level power belong in node tooling, not in an "
                    + "application pod.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://man7.org/linux/man-pages/man7/capabilities.7.html")
            .equivalent("polaris", "dangerousCapabilities")
            .equivalent("checkov", "CKV_K8S_39")
            .equivalent("trivy", "KSV005", "KSV119", "KSV120")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Capabilities.forEachAdded(manifests, false, (obj, c, item, cap) -> {
            if (!Capabilities.DANGEROUS.contains(cap)) return;
            report(context, obj, item.span(), c.display() + " of " + obj.display() + " adds "
                    + (cap.equals("ALL") ? "ALL capabilities" : "capability " + cap)
                    + ", which gives host-level power: remove it")
                    .property("capability", cap);
        });
    }
}
