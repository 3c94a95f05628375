package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** etcd holds every object of the cluster, Secrets included: only the API server should be able to talk to it. */
public final class EtcdInsecureFlag extends ControlPlaneRule {
    static final RuleMeta META = RuleMeta.builder("K8S192", "etcd served without TLS client/peer authentication")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reads the command line of a container whose command starts with `etcd` (the kubeadm "
                    + "static pod, a self-hosted etcd) and checks it against the CIS Kubernetes Benchmark section 2. "
                    + "Reported on the offending list item: `--client-cert-auth` or `--peer-client-cert-auth` set to "
                    + "false, `--auto-tls=true`, `--peer-auto-tls=true`. Reported once on the `etcd` item, listing "
                    + "each: missing `--cert-file`, `--key-file`, `--peer-cert-file`, `--peer-key-file`, "
                    + "`--client-cert-auth=true` or `--peer-client-cert-auth=true`. Flags may also be given as etcd's "
                    + "`ETCD_*` environment variables (e.g. `ETCD_CERT_FILE`). With `--config-file` the missing-flag "
                    + "checks are skipped: the file decides. Values with template syntax or `$(VAR)` are not judged.")
            .rationale("etcd is the cluster's database: whoever can read it has every Secret, and whoever can write "
                    + "it controls every workload. Without server certificates it speaks plain text; without client "
                    + "certificate authentication any process that reaches port 2379 can read and write it; "
                    + "auto-generated TLS certificates are self-signed and prove nothing about the peer. For a "
                    + "regulated platform, etcd traffic must be encrypted and mutually authenticated to protect "
                    + "cardholder and customer data held in Secrets.")
            .remediation("Serve etcd with certificates from the cluster's etcd CA: `--cert-file`, `--key-file`, "
                    + "`--client-cert-auth=true`, `--trusted-ca-file`, and the same for peers (`--peer-cert-file`, "
                    + "`--peer-key-file`, `--peer-client-cert-auth=true`, `--peer-trusted-ca-file`); drop "
                    + "`--auto-tls` and `--peer-auto-tls`. kubeadm's etcd static pod does all of this.")
            .reference("https://etcd.io/docs/latest/op-guide/security/")
            .reference("https://www.cisecurity.org/benchmark/kubernetes")
            .equivalent("checkov", "CKV_K8S_116", "CKV_K8S_117", "CKV_K8S_118", "CKV_K8S_119", "CKV_K8S_121")
            .build();

    public EtcdInsecureFlag() {
        super("etcd");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean defaultsKnown(ControlPlaneCommand command) {
        return !command.has("config-file") && !command.env().containsKey("ETCD_CONFIG_FILE");
    }

    @Override
    void check(ControlPlaneCommand c, FlagChecks checks, RuleContext context) {
        required(c, checks, "cert-file", "clients talk to etcd in plain text");
        required(c, checks, "key-file", "clients talk to etcd in plain text");
        required(c, checks, "peer-cert-file", "members replicate in plain text");
        required(c, checks, "peer-key-file", "members replicate in plain text");
        mustBeTrue(c, checks, "client-cert-auth", "any client that reaches the port can read and write every object");
        mustBeTrue(c, checks, "peer-client-cert-auth", "any host can join or read the member traffic");
        checks.mustNotBeTrue("auto-tls", "clients get a self-signed certificate that proves nothing");
        checks.mustNotBeTrue("peer-auto-tls", "members use self-signed certificates that prove nothing");
    }

    private static void required(ControlPlaneCommand c, FlagChecks checks, String name, String why) {
        if (!c.env().containsKey(env(name))) checks.required(name, why);
    }

    private static void mustBeTrue(ControlPlaneCommand c, FlagChecks checks, String name, String why) {
        String fromEnv = c.env().get(env(name));
        if (!c.has(name) && fromEnv != null) {
            if (!fromEnv.strip().equalsIgnoreCase("true")) checks.missing("--" + name + "=true", why);
            return;
        }
        checks.mustBeTrue(name, why);
    }

    /** etcd reads every flag from {@code ETCD_<FLAG>} too: {@code --cert-file} is {@code ETCD_CERT_FILE}. */
    private static String env(String flag) {
        return "ETCD_" + flag.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
