package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API server is the front door of the cluster: its flags decide who gets in and what is recorded. */
public final class ApiServerInsecureFlag extends ControlPlaneRule {
    /** Admission plugins that must be enabled in addition to NodeRestriction ({@code rules.settings.K8S190.…}). */
    static final String REQUIRED_PLUGINS = "required-admission-plugins";

    static final RuleMeta META = RuleMeta.builder("K8S190", "kube-apiserver started with an insecure or missing flag")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reads the command line of a container whose command starts with `kube-apiserver` (a kubeadm "
                    + "static pod or a self-hosted control plane; also `hyperkube apiserver`) and checks it against the "
                    + "CIS Kubernetes Benchmark section 1.2. Reported on the offending list item: `--anonymous-auth` "
                    + "not false; `--basic-auth-file`, `--token-auth-file` or `--insecure-bind-address` set; "
                    + "`--kubelet-https=false`; `--audit-log-maxage` below 30, `--audit-log-maxbackup` below 10, "
                    + "`--audit-log-maxsize` below 100; `--authorization-mode` with AlwaysAllow or without Node and "
                    + "RBAC; `--insecure-port` other than 0; `--secure-port=0`; `--profiling` not false; "
                    + "`--service-account-lookup=false`; `--request-timeout` below 30s or above 5m; "
                    + "`--enable-admission-plugins` with AlwaysAdmit or without NodeRestriction; "
                    + "`--disable-admission-plugins` with ServiceAccount or NamespaceLifecycle; `--tls-cipher-suites` "
                    + "with a suite other than ECDHE with AES-GCM or ChaCha20-Poly1305. Reported once on the "
                    + "`kube-apiserver` item, listing each: missing `--kubelet-client-certificate`/`--kubelet-client-key`, "
                    + "`--kubelet-certificate-authority`, `--tls-cert-file`/`--tls-private-key-file`, "
                    + "`--etcd-certfile`/`--etcd-keyfile`/`--etcd-cafile`, `--service-account-key-file`, "
                    + "`--encryption-provider-config`, `--audit-log-path` (and, with a log file, the three audit "
                    + "rotation limits), `--authorization-mode` (unless `--authorization-config` is used), "
                    + "`--enable-admission-plugins`, and the flags whose default is unsafe (`--anonymous-auth`, "
                    + "`--profiling`). A missing `--insecure-port` counts only when the target release (setting "
                    + "`kube-version`, CLI `--kube-version`) is older than 1.20, where it defaulted to 8080. "
                    + "Opt-in entry: list extra admission plugins that must be enabled, e.g. AlwaysPullImages or "
                    + "EventRateLimit, in `rules.settings.K8S190.required-admission-plugins`. Values with template "
                    + "syntax or `$(VAR)` are not judged; shell-wrapped command lines are not read.")
            .rationale("Every request to the cluster passes through the API server. Anonymous access, static token "
                    + "or password files, an AlwaysAllow authoriser or an unauthenticated port let anyone who reaches "
                    + "it act on the cluster; without TLS to the kubelets and etcd, credentials and Secrets cross the "
                    + "network in clear or to unverified peers; without an encryption provider, Secrets sit in etcd in "
                    + "plain text; without an audit log there is no record of who changed what. A regulated platform "
                    + "must evidence access control, encryption at rest and an audit trail for its control plane, and "
                    + "these flags are where that evidence lives.")
            .remediation("Set the flags as kubeadm's hardened defaults and the CIS benchmark recommend: "
                    + "`--anonymous-auth=false`, `--authorization-mode=Node,RBAC`, "
                    + "`--enable-admission-plugins=NodeRestriction`, TLS client certificates for kubelets and etcd, "
                    + "`--encryption-provider-config` pointing at an EncryptionConfiguration, `--audit-log-path` with "
                    + "`--audit-log-maxage=30 --audit-log-maxbackup=10 --audit-log-maxsize=100`, and `--profiling=false`; "
                    + "remove static token and password files and insecure ports.")
            .reference("https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/")
            .reference("https://www.cisecurity.org/benchmark/kubernetes")
            .reference("https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/")
            .equivalent("checkov", "CKV_K8S_68", "CKV_K8S_69", "CKV_K8S_70", "CKV_K8S_71", "CKV_K8S_72",
                    "CKV_K8S_73", "CKV_K8S_74", "CKV_K8S_75", "CKV_K8S_77", "CKV_K8S_79", "CKV_K8S_82", "CKV_K8S_83",
                    "CKV_K8S_85", "CKV_K8S_86", "CKV_K8S_89", "CKV_K8S_90", "CKV_K8S_91", "CKV_K8S_92",
                    "CKV_K8S_93", "CKV_K8S_94", "CKV_K8S_96", "CKV_K8S_97", "CKV_K8S_99", "CKV_K8S_100",
                    "CKV_K8S_102", "CKV_K8S_104")
            .build();

    private static final KubeVersion INSECURE_PORT_OFF_BY_DEFAULT = new KubeVersion(1, 20);

    public ApiServerInsecureFlag() {
        super("kube-apiserver");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(ControlPlaneCommand c, FlagChecks checks, RuleContext context) {
        checks.mustBeFalse("anonymous-auth", "unauthenticated requests reach the API as system:anonymous");
        checks.mustNotBeSet("basic-auth-file", "static passwords that cannot be rotated without a restart");
        checks.mustNotBeSet("token-auth-file", "static bearer tokens that cannot be rotated without a restart");
        checks.mustNotBeSet("insecure-bind-address", "it serves the API without authentication or TLS");
        checks.mustNotBeFalse("kubelet-https", "the API server talks to kubelets over plain HTTP");
        checks.required("kubelet-client-certificate", "kubelets cannot authenticate the API server");
        checks.required("kubelet-client-key", "kubelets cannot authenticate the API server");
        checks.required("kubelet-certificate-authority", "kubelet serving certificates are not verified");
        checks.required("tls-cert-file", "the API is served with a self-signed certificate");
        checks.required("tls-private-key-file", "the API is served with a self-signed certificate");
        checks.required("etcd-certfile", "etcd cannot authenticate the API server");
        checks.required("etcd-keyfile", "etcd cannot authenticate the API server");
        checks.required("etcd-cafile", "the etcd server certificate is not verified");
        checks.required("service-account-key-file", "service account tokens cannot be verified with a dedicated key");
        checks.required("encryption-provider-config", "Secrets are stored unencrypted in etcd");
        audit(c, checks);
        authorization(c, checks);
        c.flag("insecure-port").ifPresentOrElse(f -> {
            if (f.judged().filter(v -> !v.strip().equals("0")).isPresent()) {
                checks.offence(f, "--insecure-port=" + f.judged().get() + " serves the API without authentication "
                        + "or TLS; set --insecure-port=0 (the flag is gone from 1.24)");
            }
        }, () -> {
            if (!KubeVersionSetting.of(context).isAtLeast(INSECURE_PORT_OFF_BY_DEFAULT)) {
                checks.missing("--insecure-port=0", "before 1.20 the API is also served without authentication on 8080");
            }
        });
        c.flag("secure-port").filter(f -> f.judged().map(String::strip).filter("0"::equals).isPresent())
                .ifPresent(f -> checks.offence(f, "--secure-port=0 turns off the authenticated HTTPS port; remove it"));
        checks.mustBeFalse("profiling", "the /debug/pprof endpoints expose internals and can be used to load the server");
        checks.mustNotBeFalse("service-account-lookup", "tokens of deleted service accounts stay valid");
        c.flag("request-timeout").ifPresent(f -> f.judged().flatMap(FlagChecks::durationMillis).ifPresent(ms -> {
            if (ms < 30_000 || ms > 300_000) {
                checks.offence(f, "--request-timeout=" + f.judged().get() + " is outside 30s to 5m: too short breaks "
                        + "large requests, too long lets slow clients hold connections; keep the default 60s or set a value in that range");
            }
        }));
        admission(c, checks, context);
        checks.strongCiphers();
    }

    private static void audit(ControlPlaneCommand c, FlagChecks checks) {
        Optional<ControlPlaneCommand.Flag> path = c.flag("audit-log-path");
        if (path.isEmpty()) {
            checks.missing("--audit-log-path", "API requests leave no audit trail");
            return;
        }
        if (path.get().judged().filter("-"::equals).isPresent()) return; // to stdout: the log collector keeps it
        checks.atLeast("audit-log-maxage", 30, "audit logs must be kept for at least 30 days");
        checks.atLeast("audit-log-maxbackup", 10, "older audit logs are deleted too soon");
        checks.atLeast("audit-log-maxsize", 100, "audit logs rotate (and are deleted) too often");
    }

    private static void authorization(ControlPlaneCommand c, FlagChecks checks) {
        if (c.has("authorization-config")) return; // structured authorization: the file decides
        c.flag("authorization-mode").ifPresentOrElse(f -> {
            if (f.templated()) return;
            List<String> modes = f.list();
            List<String> problems = new ArrayList<>();
            if (modes.contains("AlwaysAllow")) problems.add("AlwaysAllow lets every authenticated request do anything");
            if (!modes.contains("Node")) problems.add("without Node, kubelets are not limited to their own node's objects");
            if (!modes.contains("RBAC")) problems.add("without RBAC, roles and bindings are not enforced");
            if (!problems.isEmpty()) {
                checks.offence(f, "--authorization-mode=" + f.judged().orElse("") + ": " + String.join("; ", problems)
                        + "; use --authorization-mode=Node,RBAC");
            }
        }, () -> checks.missing("--authorization-mode=Node,RBAC", "the default AlwaysAllow authorises every request"));
    }

    private static void admission(ControlPlaneCommand c, FlagChecks checks, RuleContext context) {
        Optional<ControlPlaneCommand.Flag> enabled = c.flag("enable-admission-plugins").or(() -> c.flag("admission-control"));
        List<String> required = new ArrayList<>(List.of("NodeRestriction"));
        for (String p : context.setting(REQUIRED_PLUGINS)) {
            if (!p.isBlank() && !required.contains(p.strip())) required.add(p.strip());
        }
        if (enabled.isEmpty()) {
            checks.missing("--enable-admission-plugins=" + String.join(",", required),
                    "kubelets can modify objects outside their node");
        } else if (!enabled.get().templated()) {
            List<String> plugins = enabled.get().list();
            List<String> problems = new ArrayList<>();
            if (plugins.contains("AlwaysAdmit")) problems.add("AlwaysAdmit turns admission control off");
            List<String> lacking = required.stream().filter(p -> !plugins.contains(p)).toList();
            if (!lacking.isEmpty()) problems.add("lacks " + String.join(", ", lacking));
            if (!problems.isEmpty()) {
                checks.offence(enabled.get(), "--" + enabled.get().name() + ": " + String.join("; ", problems)
                        + "; enable " + String.join(",", required) + " and never AlwaysAdmit");
            }
        }
        c.flag("disable-admission-plugins").ifPresent(f -> {
            List<String> off = f.list().stream().filter(p -> p.equals("ServiceAccount") || p.equals("NamespaceLifecycle")).toList();
            if (!off.isEmpty()) {
                checks.offence(f, "--disable-admission-plugins turns off " + String.join(", ", off)
                        + ", which keep service account tokens and terminating namespaces consistent; remove them from the list");
            }
        });
    }
}
