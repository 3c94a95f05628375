package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/**
 * Flags environment variables that switch off certificate or checksum verification for Node.js, Python, git, curl
 * and the Go module system, in the build and, for ENV, in every container.
 */
public final class TlsVerificationDisabledByEnv extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF123", "Environment variable disables TLS or checksum verification")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports ENV, ARG and inline RUN assignments (`X=… cmd`, `export X=…`, `go env -w X=…`) of: "
                    + "NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY with any value (git only "
                    + "checks that it is set), GOINSECURE with any non-empty value, GOSUMDB=off, GOFLAGS containing "
                    + "-insecure, and CURL_CA_BUNDLE or REQUESTS_CA_BUNDLE set to an empty string. GOPRIVATE and "
                    + "GONOSUMDB, which exclude private modules from the public checksum database, are accepted.")
            .rationale("These variables silently turn off verification for every tool that reads them. Set with ENV "
                    + "they stay on in the running container too, so production traffic to payment providers or APIs "
                    + "accepts forged certificates; GOSUMDB=off and GOINSECURE let tampered Go modules into the build.")
            .remediation("Remove the variable. Trust an internal CA through the system store or NODE_EXTRA_CA_CERTS, "
                    + "SSL_CERT_FILE or REQUESTS_CA_BUNDLE pointing at a real bundle; for private Go modules use "
                    + "GOPRIVATE (or GONOSUMDB) rather than disabling the checksum database.")
            .reference("https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue")
            .reference("https://go.dev/ref/mod#environment-variables")
            .reference("https://cwe.mitre.org/data/definitions/295.html")
            .equivalent("checkov", "CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_14", "CKV2_DOCKER_18")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (EnvAssignments.Assignment a : EnvAssignments.of(dockerfile)) {
            if (a.value() == null) continue;
            String v = a.value().strip();
            String why = switch (a.name()) {
                case "NODE_TLS_REJECT_UNAUTHORIZED" -> v.equals("0") ? "makes Node.js accept any TLS certificate" : null;
                case "PYTHONHTTPSVERIFY" -> v.equals("0") ? "makes Python's urllib skip certificate checks" : null;
                case "GIT_SSL_NO_VERIFY" -> "makes git skip certificate checks (whatever its value)";
                case "GOINSECURE" -> v.isEmpty() ? null : "lets go fetch these modules without TLS or checksum checks";
                case "GOSUMDB" -> v.equalsIgnoreCase("off") ? "turns off the Go checksum database" : null;
                case "GOFLAGS" -> v.contains("-insecure") ? "passes -insecure to every go command" : null;
                case "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE" -> v.isEmpty()
                        ? "empties the CA bundle, which turns certificate checks off in requests" : null;
                default -> null;
            };
            if (why == null) continue;
            String shown = a.name() + "=" + (v.isEmpty() ? "\"\"" : v);
            SecretShapes.report(context, a.span(), (a.instruction().is("RUN") ? "" : a.instruction().keyword().toUpperCase(Locale.ROOT) + " ")
                    + shown + " " + why + "; remove it and "
                    + (a.name().startsWith("GO") ? "list private modules in GOPRIVATE instead" : "trust the right CA instead"));
        }
    }
}
