package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesIndex;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/**
 * Pods that receive an API token without saying so: neither the pod nor its ServiceAccount turns the automount
 * off, and nothing in the bundle grants that account any RBAC rights (so the token is not evidently needed).
 */
public final class ServiceAccountTokenAutomounted extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S110", "Pod gets an API token it probably does not need")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags pod specs whose effective `automountServiceAccountToken` is true: the pod sets it to "
                    + "`true`, or leaves it out while its ServiceAccount (in the same folder and namespace) does not set "
                    + "`automountServiceAccountToken: false`. Not flagged: pods that set `false`; pods whose "
                    + "ServiceAccount sets `false` (the pod inherits it); pods whose ServiceAccount is a subject of a "
                    + "RoleBinding or ClusterRoleBinding in the bundle, since such a workload evidently talks to the "
                    + "API. When the ServiceAccount or the bindings live in another file of the folder, the rule cannot "
                    + "see their settings and stays silent rather than guess.")
            .rationale("Every container of the pod can read the mounted token and act with the account's rights; "
                    + "for the `default` account that is at least API discovery, and often more when someone bound a "
                    + "role to it. A compromised payment service that never calls the Kubernetes API should not hand an "
                    + "attacker a credential for the control plane, and auditors of a regulated platform expect "
                    + "credentials to exist only where a workload needs them.")
            .remediation("Set `automountServiceAccountToken: false` on the workload's own ServiceAccount (preferred: "
                    + "every pod using it inherits the setting), or on the pod spec. Workloads that call the API keep "
                    + "the token, with a dedicated ServiceAccount bound to the least rights they need.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting")
            .reference("https://kubernetes.io/docs/concepts/security/service-accounts/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            YamlNode automount = spec.node().get("automountServiceAccountToken");
            Optional<Boolean> value = automount.bool();
            String account = PodServiceAccount.name(spec);
            if (value.isPresent()) {
                if (value.get()) {
                    report(context, obj, automount.span(), obj.display() + " sets automountServiceAccountToken: true; "
                            + "mount the token only into pods that call the Kubernetes API");
                }
                return;
            }
            if (automount.present() || account.contains("{{")) return; // not a boolean: the schema rules say so
            if (!tokenMountedByAccount(manifests, context, spec, account)) return;
            report(context, obj, PodServiceAccount.specKey(spec), obj.display() + " mounts the API token of service "
                    + "account \"" + account + "\"; set automountServiceAccountToken: false on the ServiceAccount or "
                    + "the pod spec");
        });
    }

    /** True when the account evidently leaves automount on and holds no RBAC rights in the bundle. */
    private static boolean tokenMountedByAccount(KubernetesManifests manifests, RuleContext context, PodSpec spec,
                                                 String account) {
        String namespace = PodServiceAccount.namespace(spec);
        boolean definedHere = false;
        for (KubernetesObject o : manifests.objects()) {
            if (o.kind().equals("ServiceAccount") && o.name().orElse("").equals(account)
                    && PodServiceAccount.sameNamespace(o.namespace().orElse(""), namespace)) {
                definedHere = true;
                if (o.root().get("automountServiceAccountToken").bool().orElse(true).equals(false)) return false;
            }
            if (RbacSubjects.isBinding(o) && bindsAccount(o, account, namespace)) return false;
        }
        // Objects of other files of the folder are known only by their summary, which does not carry the automount
        // setting or binding subjects: do not guess.
        KubernetesIndex index = index(context);
        String group = group(context);
        String file = context.source().relativePath();
        boolean definedElsewhere = !definedHere && index.inGroup(group, "ServiceAccount").stream()
                .anyMatch(s -> !s.file().equals(file) && s.name().equals(account)
                        && PodServiceAccount.sameNamespace(s.namespace(), namespace));
        if (definedElsewhere) return false;
        boolean bindingsElsewhere = !account.equals(PodServiceAccount.DEFAULT)
                && RbacSubjects.BINDING_KINDS.stream().flatMap(k -> index.inGroup(group, k).stream())
                .anyMatch(s -> !s.file().equals(file));
        return !bindingsElsewhere;
    }

    private static boolean bindsAccount(KubernetesObject binding, String account, String namespace) {
        for (YamlNode subject : binding.root().get("subjects").items()) {
            if (RbacSubjects.kind(subject).equals("ServiceAccount") && RbacSubjects.name(subject).equals(account)
                    && PodServiceAccount.sameNamespace(RbacSubjects.namespace(binding, subject), namespace)) {
                return true;
            }
        }
        return false;
    }
}
