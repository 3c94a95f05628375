package dev.opsmith.format.kubernetes;

import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.Optional;
import java.util.Set;

/** Which kinds run pods, and where their pod spec is. */
public final class Workloads {
    /** Kinds whose pod template is at {@code spec.template}. */
    public static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController", "Job");
    public static final Set<String> KINDS = Set.of("Pod", "PodTemplate", "Deployment", "StatefulSet", "DaemonSet",
            "ReplicaSet", "ReplicationController", "Job", "CronJob");

    private Workloads() {
    }

    public static boolean isWorkload(KubernetesObject o) {
        return KINDS.contains(o.kind());
    }

    /**
     * The pod spec of a workload (Pod: {@code spec}; PodTemplate: {@code template.spec}; CronJob:
     * {@code spec.jobTemplate.spec.template.spec}; the others: {@code spec.template.spec}).
     */
    public static Optional<PodSpec> podSpec(KubernetesObject o) {
        YamlNode template;
        if (o.kind().equals("Pod")) {
            return o.spec() instanceof YamlMapping m ? Optional.of(new PodSpec(o, m, o.metadata())) : Optional.empty();
        } else if (TEMPLATED.contains(o.kind())) {
            template = o.spec().get("template");
        } else if (o.kind().equals("PodTemplate")) {
            template = o.root().get("template");
        } else if (o.kind().equals("CronJob")) {
            template = o.spec().path("jobTemplate", "spec", "template");
        } else {
            return Optional.empty();
        }
        return template.get("spec") instanceof YamlMapping m
                ? Optional.of(new PodSpec(o, m, template.get("metadata"))) : Optional.empty();
    }
}
