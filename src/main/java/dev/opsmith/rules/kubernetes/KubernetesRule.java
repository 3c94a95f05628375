package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Format;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;

import java.util.function.BiConsumer;

/** Base of every Kubernetes rule: gives the rule its typed manifests and reports with the object's identity. */
public abstract class KubernetesRule implements Rule {

    @Override
    public final Format format() {
        return Format.KUBERNETES;
    }

    @Override
    public final void check(Object model, RuleContext context) {
        check((KubernetesManifests) model, context);
    }

    protected abstract void check(KubernetesManifests manifests, RuleContext context);

    /**
     * Reports on a node of an object. The fingerprint combines the object's identity ({@code Kind/ns/name}) with
     * the node's text, so two Deployments with the same offending line stay two findings across edits.
     */
    protected static RuleContext.Report report(RuleContext context, KubernetesObject object, Span span, String message) {
        return context.report(span, message).identity(object.identity() + " " + context.source().text(span));
    }

    /** The index of every object in the scan, for rules that look across objects and files. */
    protected static KubernetesIndex index(RuleContext context) {
        return context.index(KubernetesIndex.class, KubernetesIndex.EMPTY);
    }

    /** The group (folder, chart, kustomization) a file's objects are checked within. */
    protected static String group(RuleContext context) {
        return ObjectSummary.groupOf(context.source().relativePath());
    }

    /** Runs {@code check} on the pod spec of every workload object (Pod, Deployment, …, CronJob). */
    protected static void forEachPodSpec(KubernetesManifests manifests, BiConsumer<KubernetesObject, PodSpec> check) {
        for (KubernetesObject o : manifests.objects()) {
            Workloads.podSpec(o).ifPresent(spec -> check.accept(o, spec));
        }
    }
}
