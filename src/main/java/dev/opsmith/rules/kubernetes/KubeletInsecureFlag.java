package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.rules.RuleContext;

/** The kubelet runs every pod of its node; its API can exec into any of them. */
public final class KubeletInsecureFlag extends ControlPlaneRule {
    static final RuleMeta META = RuleMeta.builder("K8S193", "kubelet started with an insecure flag")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reads the command line of a container whose command starts with `kubelet` (containerised "
                    + "kubelets such as kind or self-hosted nodes; kubelets run by systemd are not manifests) and "
                    + "checks it against the CIS Kubernetes Benchmark section 4.2. Reported on the offending list item: "
                    + "`--anonymous-auth` true, `--authorization-mode=AlwaysAllow`, `--read-only-port` other than 0, "
                    + "`--streaming-connection-idle-timeout=0`, `--protect-kernel-defaults=false`, "
                    + "`--make-iptables-util-chains=false`, `--hostname-override` set, `--event-qps` above 50, "
                    + "`--rotate-certificates=false`, and `--tls-cipher-suites` with a suite other than ECDHE with "
                    + "AES-GCM or ChaCha20-Poly1305. Reported once on the `kubelet` item when flags are missing: "
                    + "`--anonymous-auth=false`, `--client-ca-file`, `--tls-cert-file`/`--tls-private-key-file`, "
                    + "`--read-only-port=0`, `--protect-kernel-defaults=true`. With `--config` the kubelet reads those "
                    + "settings from its KubeletConfiguration file, so missing flags are not reported. Values with "
                    + "template syntax or `$(VAR)` are not judged.")
            .rationale("The kubelet API lists pods, reads their logs and runs commands in them. Anonymous access or "
                    + "the AlwaysAllow authoriser hands that to anyone who reaches port 10250, and the read-only port "
                    + "10255 serves pod details without any authentication. Without a client CA the kubelet cannot "
                    + "verify the API server, and without serving certificates it presents a self-signed one. Node "
                    + "hardening controls like these are assessed on regulated platforms as part of the CIS benchmark.")
            .remediation("Run the kubelet with a KubeletConfiguration (`--config`) that sets `authentication.anonymous."
                    + "enabled: false`, `authorization.mode: Webhook`, `readOnlyPort: 0`, a client CA and serving "
                    + "certificates (or `serverTLSBootstrap: true`), or pass the equivalent flags; remove "
                    + "`--hostname-override` and keep `--rotate-certificates` on.")
            .reference("https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/")
            .reference("https://www.cisecurity.org/benchmark/kubernetes")
            .equivalent("checkov", "CKV_K8S_139", "CKV_K8S_143", "CKV_K8S_145", "CKV_K8S_146", "CKV_K8S_149")
            .build();

    public KubeletInsecureFlag() {
        super("kubelet");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean defaultsKnown(ControlPlaneCommand command) {
        return !command.has("config");
    }

    @Override
    void check(ControlPlaneCommand c, FlagChecks checks, RuleContext context) {
        checks.mustBeFalse("anonymous-auth", "anyone reaching port 10250 can use the kubelet API");
        c.flag("authorization-mode").filter(f -> f.list().contains("AlwaysAllow")).ifPresent(f -> checks.offence(f,
                "--authorization-mode=AlwaysAllow lets every caller exec into pods and read their logs; "
                        + "use --authorization-mode=Webhook"));
        checks.required("client-ca-file", "client certificates, the API server's included, are not verified");
        checks.required("tls-cert-file", "the kubelet serves a self-signed certificate");
        checks.required("tls-private-key-file", "the kubelet serves a self-signed certificate");
        c.flag("read-only-port").ifPresentOrElse(f -> FlagChecks.integer(f).filter(p -> p != 0).ifPresent(p ->
                        checks.offence(f, "--read-only-port=" + p + " serves pod and node details without "
                                + "authentication; set --read-only-port=0")),
                () -> checks.missing("--read-only-port=0", "port 10255 serves pod details without authentication"));
        c.flag("streaming-connection-idle-timeout").ifPresent(f -> f.judged().flatMap(FlagChecks::durationMillis)
                .filter(ms -> ms == 0).ifPresent(ms -> checks.offence(f, "--streaming-connection-idle-timeout=0 "
                        + "keeps idle exec and port-forward sessions open forever; set a timeout such as 5m")));
        checks.mustBeTrue("protect-kernel-defaults", "the kubelet silently changes kernel settings instead of failing");
        checks.mustNotBeFalse("make-iptables-util-chains", "iptables rules drift from what the kubelet expects");
        checks.mustNotBeSet("hostname-override", "the node name no longer matches its certificate, which breaks TLS "
                + "verification between the API server and the kubelet");
        c.flag("event-qps").ifPresent(f -> FlagChecks.integer(f).filter(q -> q > 50).ifPresent(q ->
                checks.offence(f, "--event-qps=" + q + " lets one node flood the API server with events; keep it "
                        + "at 50 or below")));
        checks.mustNotBeFalse("rotate-certificates", "the client certificate expires and the node drops out");
        checks.strongCiphers();
    }
}
