package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** An SSH daemon in a pod is a way in that bypasses the API server, its RBAC and its audit log. */
public final class SshPortDeclared extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S048", "Container declares port 22")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a container, init container or ephemeral container port with `containerPort: 22` "
                    + "and protocol TCP (or no protocol, which defaults to TCP). UDP and SCTP ports 22 are accepted.")
            .rationale("Port 22 almost always means an SSH server inside the container. Interactive access then goes "
                    + "around `kubectl exec`, so it escapes Kubernetes RBAC, the API server audit log and session "
                    + "recording, the evidence a regulated platform must keep of who touched production. It also "
                    + "means long-lived keys or passwords baked into or mounted into the image.")
            .remediation("Remove the SSH server and the port. Use `kubectl exec` or `kubectl debug` under RBAC and "
                    + "audit for break-glass access; for SFTP-style file transfer, put a dedicated, reviewed gateway "
                    + "in front of object storage.")
            .reference("https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/")
            .equivalent("kube-linter", "ssh-port")
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
                    YamlNode containerPort = port.get("containerPort");
                    if (containerPort.integer().orElse(0L) != 22) continue;
                    String protocol = port.get("protocol").text().orElse("TCP").toUpperCase(Locale.ROOT);
                    if (!protocol.equals("TCP")) continue;
                    report(context, obj, containerPort.span(), c.display() + " of " + obj.display() + " declares "
                            + "port 22 (SSH), a way in around kubectl exec, RBAC and audit; remove the SSH server");
                }
            }
        });
    }
}
