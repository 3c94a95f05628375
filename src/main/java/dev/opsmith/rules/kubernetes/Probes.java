package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.ContainerKind;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What probe rules share: which containers run probes (regular containers and sidecar init containers, those with
 * {@code restartPolicy: Always}; other init containers and ephemeral containers cannot have probes), which kinds
 * run long-lived pods, and how a probe's port resolves against the container's named ports.
 */
final class Probes {
    static final List<String> KINDS = List.of("livenessProbe", "readinessProbe", "startupProbe");
    /** Handlers that target a port; {@code exec} has none. */
    static final List<String> PORT_HANDLERS = List.of("httpGet", "tcpSocket", "grpc");
    static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");
    /** Kinds whose pods are meant to keep running (not Jobs and CronJobs, which run to completion). */
    static final Set<String> LONG_RUNNING = Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController");

    private Probes() {
    }

    /**
     * Reports every probed container of every long-running workload that {@code judged} accepts and that has no
     * {@code probe} ({@code livenessProbe}, …), at its anchor: "{@code <container> of <object> has no <missing>}".
     */
    static void reportMissing(KubernetesManifests manifests, RuleContext context,
                              BiPredicate<KubernetesObject, PodSpec> judged, String probe, String missing) {
        KubernetesRule.forEachPodSpec(manifests, (object, spec) -> {
            if (!isLongRunning(object) || !judged.test(object, spec)) return;
            for (Container c : probed(spec)) {
                if (c.node().get(probe).present()) continue;
                KubernetesRule.report(context, object, c.anchor(), c.display() + " of " + object.display()
                        + " has no " + missing).property("container", c.name().orElse(""));
            }
        });
    }

    /** Regular containers, then sidecar init containers ({@code restartPolicy: Always}): those that run probes. */
    static List<Container> probed(PodSpec spec) {
        List<Container> out = new ArrayList<>(spec.containers(ContainerKind.CONTAINER));
        for (Container c : spec.containers(ContainerKind.INIT)) {
            if (isSidecar(c)) out.add(c);
        }
        return out;
    }

    static boolean isSidecar(Container c) {
        return c.kind() == ContainerKind.INIT && c.node().get("restartPolicy").text().filter("Always"::equals).isPresent();
    }

    static boolean isLongRunning(KubernetesObject object) {
        return LONG_RUNNING.contains(object.kind());
    }

    /** The container's named ports: name → containerPort as written (empty text when the port is not a scalar). */
    static Map<String, String> namedPorts(Container c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlNode port : c.ports().items()) {
            port.get("name").text().ifPresent(name -> out.put(name, port.get("containerPort").text().orElse("")));
        }
        return out;
    }

    /** The handler of a probe ({@code httpGet}, …) and its name; empty when the probe has none. */
    static Optional<String> handler(YamlNode probe) {
        for (String h : HANDLERS) {
            if (probe.get(h).present()) return Optional.of(h);
        }
        return Optional.empty();
    }

    /** True when a port value is a number as YAML reads it (a quoted {@code "8080"} is a string, i.e. a name). */
    static boolean isNumber(YamlNode port) {
        return port.integer().isPresent();
    }
}
