package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How many pods a replicated workload runs, and which HorizontalPodAutoscalers of its group scale it. The index
 * summaries carry no replica counts, so counts are read only from objects of the file being checked; an object
 * of another file has an unknown count and rules that need it do not guess.
 */
final class WorkloadReplicas {
    static final String HPA = "HorizontalPodAutoscaler";
    /** Kinds whose pod count is {@code spec.replicas} (absent means 1). */
    static final Set<String> REPLICATED = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    private WorkloadReplicas() {
    }

    /** The {@code min-replicas} setting of a rule, or {@code fallback} when unset or not a positive integer. */
    static long minReplicasSetting(RuleContext context, long fallback) {
        for (String value : context.setting("min-replicas")) {
            try {
                long n = Long.parseLong(value.strip());
                if (n > 0) return n;
            } catch (NumberFormatException ignored) {
                // an unusable value keeps the default; the configuration schema reports it
            }
        }
        return fallback;
    }

    /** True for the kinds scaled by {@code spec.replicas} that the replica rules judge. */
    static boolean isDeploymentOrStatefulSet(KubernetesObject o) {
        return o.kind().equals("Deployment") || o.kind().equals("StatefulSet");
    }

    /** HPAs of the checked file's group, in the object's namespace, whose {@code scaleTargetRef} names it. */
    static List<ObjectSummary> hpasTargeting(KubernetesIndex index, String group, KubernetesObject workload) {
        String namespace = workload.namespace().orElse("");
        Optional<String> name = workload.name();
        if (name.isEmpty()) return List.of();
        String reference = workload.kind() + "/" + name.get();
        return index.inGroup(group, HPA).stream()
                .filter(h -> h.namespace().equals(namespace) && h.references().contains(reference)).toList();
    }

    /** {@code spec.replicas} as the API reads it: absent means 1; empty when it is not an integer (a template). */
    static OptionalLong declared(KubernetesObject workload) {
        YamlNode replicas = workload.spec().get("replicas");
        if (!replicas.present() || replicas.isNull()) return OptionalLong.of(1);
        return replicas.integer().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** An HPA's {@code minReplicas}: absent means 1; empty when it is not an integer. */
    static OptionalLong hpaMinReplicas(KubernetesObject hpa) {
        YamlNode min = hpa.spec().get("minReplicas");
        if (!min.present() || min.isNull()) return OptionalLong.of(1);
        return min.integer().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The fewest pods the workload keeps running: the smallest {@code minReplicas} of the HPAs that scale it, else
     * its {@code spec.replicas}. Empty when unknown (an HPA of another file, a templated value).
     */
    static OptionalLong minimum(KubernetesManifests manifests, RuleContext context, KubernetesObject workload) {
        List<ObjectSummary> hpas = hpasTargeting(KubernetesRule.index(context), KubernetesRule.group(context), workload);
        if (hpas.isEmpty()) return declared(workload);
        long fewest = Long.MAX_VALUE;
        for (ObjectSummary summary : hpas) {
            Optional<KubernetesObject> hpa = local(manifests, context, summary);
            if (hpa.isEmpty()) return OptionalLong.empty();
            OptionalLong min = hpaMinReplicas(hpa.get());
            if (min.isEmpty()) return OptionalLong.empty();
            fewest = Math.min(fewest, min.getAsLong());
        }
        return OptionalLong.of(fewest);
    }

    /** The object a summary describes, when it is defined in the file being checked. */
    static Optional<KubernetesObject> local(KubernetesManifests manifests, RuleContext context, ObjectSummary summary) {
        if (!summary.file().equals(context.source().relativePath())) return Optional.empty();
        return manifests.objects().stream()
                .filter(o -> o.kind().equals(summary.kind()) && o.namespace().orElse("").equals(summary.namespace())
                        && o.name().orElse("").equals(summary.name()) && o.anchor().equals(summary.anchor()))
                .findFirst();
    }
}
