package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** Port names follow the IANA service-name syntax; the API server rejects anything else. */
public final class InvalidPortName extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S153", "Port name violates IANA service-name syntax")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a container port `name` (containers, init and ephemeral containers of every "
                    + "workload) and a string Service `targetPort` that is not a valid IANA service name: at most 15 "
                    + "characters, only lower-case letters, digits and `-`, at least one letter, and no leading, "
                    + "trailing or doubled `-`. A quoted number such as `targetPort: \"8080\"` is a name too and is "
                    + "reported. Values with template syntax are skipped.")
            .rationale("The API server rejects the object, so the deployment fails in the pipeline or, worse, in the "
                    + "middle of a multi-object apply that leaves the release half-updated. Names like "
                    + "`payments-http-metrics` (21 characters) or `grpc_api` look harmless in review.")
            .remediation("Shorten the name to 15 characters or fewer, using lower-case letters, digits and single "
                    + "hyphens (`metrics`, `grpc-api`), and use the same name in the Service's `targetPort`.")
            .reference("https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports")
            .reference("https://www.rfc-editor.org/rfc/rfc6335#section-5.1")
            .equivalent("kube-linter", "invalid-target-ports")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (o, spec) -> {
            for (Container c : spec.allContainers()) {
                for (YamlNode port : c.ports().items()) {
                    YamlNode name = port.get("name");
                    if (!(name instanceof YamlScalar s) || s.isNull()) continue;
                    problem(s.value()).ifPresent(p -> report(context, o, name.span(), "port name \"" + s.value()
                            + "\" of " + c.display() + " in " + o.display() + " " + p));
                }
            }
        });
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Service")) continue;
            for (YamlNode port : o.spec().get("ports").items()) {
                YamlNode target = port.get("targetPort");
                if (!(target instanceof YamlScalar s) || s.isNull() || s.integer().isPresent()) continue;
                problem(s.value()).ifPresent(p -> report(context, o, target.span(), "targetPort \"" + s.value()
                        + "\" of " + o.display() + " " + p));
            }
        }
    }

    /** Why a name is not an IANA service name, or empty when it is valid (or templated). */
    static Optional<String> problem(String name) {
        if (SelectorExpression.isTemplated(name)) return Optional.empty();
        if (name.isEmpty()) return Optional.of("is empty");
        if (name.length() > 15) return Optional.of("is longer than 15 characters; the API rejects it");
        if (!name.matches("[a-z0-9-]+")) return Optional.of("may only hold lower-case letters, digits and '-'; the API rejects it");
        if (!name.matches(".*[a-z].*")) return Optional.of("must contain a letter; the API rejects it");
        if (name.startsWith("-") || name.endsWith("-")) return Optional.of("may not start or end with '-'; the API rejects it");
        if (name.contains("--")) return Optional.of("may not contain '--'; the API rejects it");
        return Optional.empty();
    }
}
