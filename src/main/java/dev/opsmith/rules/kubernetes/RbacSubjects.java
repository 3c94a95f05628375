package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;

import java.util.Set;
import java.util.function.BiConsumer;

/** The subjects of RoleBindings and ClusterRoleBindings, shared by the binding rules (K8S112, K8S115, K8S125). */
final class RbacSubjects {
    static final Set<String> BINDING_KINDS = Set.of("RoleBinding", "ClusterRoleBinding");

    private RbacSubjects() {
    }

    static boolean isBinding(KubernetesObject o) {
        return BINDING_KINDS.contains(o.kind()) && o.apiVersion().startsWith("rbac.authorization.k8s.io/");
    }

    /** Runs {@code check} on every subject item of every binding of the file. */
    static void forEach(KubernetesManifests manifests, BiConsumer<KubernetesObject, YamlNode> check) {
        for (KubernetesObject o : manifests.objects()) {
            if (!isBinding(o)) continue;
            for (YamlNode subject : o.root().get("subjects").items()) {
                if (subject.isMapping()) check.accept(o, subject);
            }
        }
    }

    static String kind(YamlNode subject) {
        return subject.get("kind").text().orElse("");
    }

    static String name(YamlNode subject) {
        return subject.get("name").text().orElse("");
    }

    /** The namespace of a ServiceAccount subject: its own, else the binding's. */
    static String namespace(KubernetesObject binding, YamlNode subject) {
        return subject.get("namespace").text().orElse(binding.namespace().orElse(""));
    }

    static String roleRefName(KubernetesObject binding) {
        return binding.root().path("roleRef", "name").text().orElse("");
    }
}
