package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.rules.RuleContext;

/** The controller manager holds the cluster's signing keys; both it and the scheduler should listen only locally. */
public final class ControllerManagerOrSchedulerInsecureFlag extends ControlPlaneRule {
    static final RuleMeta META = RuleMeta.builder("K8S191", "kube-controller-manager or kube-scheduler insecure flag")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reads the command line of a container whose command starts with `kube-controller-manager` "
                    + "or `kube-scheduler` (kubeadm static pods, self-hosted control planes; also via `hyperkube`) and "
                    + "checks it against the CIS Kubernetes Benchmark sections 1.3 and 1.4. Controller manager: "
                    + "`--profiling` not false, `--use-service-account-credentials` not true, `--feature-gates` with "
                    + "`RotateKubeletServerCertificate=false`, `--bind-address` other than 127.0.0.1 or ::1, and missing "
                    + "`--terminated-pod-gc-threshold`, `--service-account-private-key-file` or `--root-ca-file`. "
                    + "Scheduler: `--profiling` not false and `--bind-address` other than loopback. A wrong value is "
                    + "reported on its list item; flags left at an unsafe default are listed in one finding on the "
                    + "binary's item. Values with template syntax or `$(VAR)` are not judged.")
            .rationale("The controller manager signs service account tokens and runs every controller with broad "
                    + "rights; with one shared identity instead of per-controller service account credentials, a flaw "
                    + "in one controller has the rights of all. Profiling endpoints and a health/metrics port bound to "
                    + "every interface expose internals to the node network. Without a garbage-collection threshold, "
                    + "terminated pods pile up until etcd and the scheduler slow down. On a regulated platform these "
                    + "are CIS benchmark controls an assessor checks line by line.")
            .remediation("Use kubeadm's defaults: `--bind-address=127.0.0.1`, `--profiling=false`, "
                    + "`--use-service-account-credentials=true`, `--service-account-private-key-file`, `--root-ca-file`, "
                    + "and a `--terminated-pod-gc-threshold` such as 10; never disable RotateKubeletServerCertificate.")
            .reference("https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/")
            .reference("https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/")
            .reference("https://www.cisecurity.org/benchmark/kubernetes")
            .equivalent("checkov", "CKV_K8S_106", "CKV_K8S_107", "CKV_K8S_108", "CKV_K8S_110", "CKV_K8S_111",
                    "CKV_K8S_112", "CKV_K8S_113", "CKV_K8S_114", "CKV_K8S_115")
            .build();

    public ControllerManagerOrSchedulerInsecureFlag() {
        super("kube-controller-manager", "kube-scheduler");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(ControlPlaneCommand c, FlagChecks checks, RuleContext context) {
        checks.mustBeFalse("profiling", "the /debug/pprof endpoints expose internals");
        c.flag("bind-address").ifPresentOrElse(f -> f.judged().map(String::strip)
                .filter(v -> !v.equals("127.0.0.1") && !v.equals("::1"))
                .ifPresent(v -> checks.offence(f, "--bind-address=" + v + " exposes the health, metrics and "
                        + "profiling port beyond the node itself; set --bind-address=127.0.0.1")),
                () -> checks.missing("--bind-address=127.0.0.1", "the default listens on every interface"));
        if (!c.binary().equals("kube-controller-manager")) return;
        checks.mustBeTrue("use-service-account-credentials", "every controller shares the controller manager's own rights");
        checks.required("terminated-pod-gc-threshold", "terminated pods are kept until 12500 pile up");
        checks.required("service-account-private-key-file", "service account tokens are not signed with a dedicated key");
        checks.required("root-ca-file", "pods cannot verify the API server's certificate");
        c.flag("feature-gates").filter(f -> !f.templated()).ifPresent(f -> {
            for (String gate : f.list()) {
                String[] kv = gate.split("=", 2);
                if (kv.length == 2 && kv[0].strip().equals("RotateKubeletServerCertificate")
                        && kv[1].strip().equalsIgnoreCase("false")) {
                    checks.offence(f, "--feature-gates turns off RotateKubeletServerCertificate: kubelet serving "
                            + "certificates are not renewed; remove RotateKubeletServerCertificate=false");
                }
            }
        });
    }
}
