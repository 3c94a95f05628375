package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** Ports below 1024 need a privilege (NET_BIND_SERVICE or a sysctl) that a non-root container otherwise lacks. */
public final class PrivilegedContainerPort extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S049", "Container declares a port below 1024")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a `containerPort` or `hostPort` between 1 and 1023 on any container, init "
                    + "container or ephemeral container.")
            .rationale("Binding a port below 1024 needs root, the NET_BIND_SERVICE capability or the "
                    + "`net.ipv4.ip_unprivileged_port_start` sysctl. Workloads that listen on high ports run with "
                    + "`drop: [ALL]` and a non-root user without exceptions, which keeps the security context uniform "
                    + "and easy to review; the Service can still expose port 80 or 443.")
            .remediation("Listen on a port of 1024 or above (for example 8080 or 8443) and map it in the Service: "
                    + "`port: 443`, `targetPort: 8443`.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service")
            .reference("https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (Container c : spec.allContainers()) {
                for (YamlNode port : c.ports().items()) {
                    for (String field : List.of("containerPort", "hostPort")) {
                        YamlNode value = port.get(field);
                        long number = value.integer().orElse(0L);
                        if (number < 1 || number > 1023) continue;
                        report(context, obj, value.span(), c.display() + " of " + obj.display() + " declares "
                                + field + " " + number + ", below 1024, which needs NET_BIND_SERVICE or root; listen "
                                + "on a high port and map it in the Service");
                    }
                }
            }
        });
    }
}
