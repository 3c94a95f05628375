package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Map;

/** A probe that names a port the container does not declare can never succeed. */
public final class ProbeNamedPortUndefined extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S080", "Probe refers to a port name the container does not define")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the `port` of a liveness, readiness or startup probe's `httpGet` or `tcpSocket` "
                    + "handler when it is a name that no `ports[].name` of the same container defines (names are "
                    + "case-sensitive, and a quoted number such as `\"8080\"` is read as a name). A `grpc` port must be "
                    + "a number, so any name there is reported. Numeric ports are accepted whether or not the container "
                    + "declares them (declaring a port is informational); `exec` probes have no port.")
            .rationale("The kubelet resolves a named probe port against the container's own port list. When the name "
                    + "is missing (a typo, a port renamed in one place, a sidecar's port referenced from the main "
                    + "container) the probe fails every time: a liveness probe restarts the container forever and a "
                    + "readiness probe keeps it out of its Service, so the rollout never completes.")
            .remediation("Use a name declared in the same container's `ports` (`- name: http`, `containerPort: 8080`), "
                    + "or the port number.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : Probes.probed(spec)) {
                Map<String, String> named = Probes.namedPorts(c);
                for (String probe : Probes.KINDS) {
                    for (String handler : Probes.PORT_HANDLERS) {
                        YamlNode port = c.node().path(probe, handler, "port");
                        if (!port.isScalar() || Probes.isNumber(port) || port.text().isEmpty()) continue;
                        String name = port.text().get();
                        if (TemplateValues.isUnrendered(name)) continue;
                        String problem;
                        if (handler.equals("grpc")) {
                            problem = " names port \"" + name + "\" in a grpc handler, which takes only a port number "
                                    + "(the API rejects a name); use the containerPort number";
                        } else if (named.containsKey(name)) {
                            continue;
                        } else if (name.chars().allMatch(Character::isDigit)) {
                            problem = " targets port \"" + name + "\", quoted, which is read as a port name and no "
                                    + "port name can be all digits; write the number unquoted";
                        } else {
                            problem = " targets port \"" + name + "\", which the container does not name ("
                                    + (named.isEmpty() ? "it names no ports" : "its named ports: "
                                    + String.join(", ", named.keySet())) + "); the probe fails every time: use a "
                                    + "declared name or the port number";
                        }
                        report(context, object, port.span(), "The " + probe + " of " + c.display() + " of "
                                + object.display() + problem)
                                .property("container", c.name().orElse("")).property("probe", probe);
                    }
                }
            }
        });
    }
}
