package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One item of a Role's or ClusterRole's {@code rules}, with the questions the RBAC rules (K8S116–K8S126) ask of it.
 * Values are compared as
 * Kubernetes compares them: exactly, with {@code *} matching everything.
 */
record RbacPolicyRule(KubernetesObject role, YamlNode node) {
    static final Set<String> ROLE_KINDS = Set.of("Role", "ClusterRole");
    static final Set<String> WRITE_VERBS = Set.of("create", "update", "patch", "delete", "deletecollection", "*");

    /** Runs {@code check} on every policy rule of every Role and ClusterRole of the file. */
    static void forEach(KubernetesManifests manifests, BiConsumer<KubernetesObject, RbacPolicyRule> check) {
        for (KubernetesObject o : manifests.objects()) {
            if (!ROLE_KINDS.contains(o.kind()) || !o.apiVersion().startsWith("rbac.authorization.k8s.io/")) continue;
            for (YamlNode rule : o.root().get("rules").items()) {
                if (rule.isMapping()) check.accept(o, new RbacPolicyRule(o, rule));
            }
        }
    }

    List<YamlNode> verbs() {
        return node.get("verbs").items();
    }

    List<YamlNode> resources() {
        return node.get("resources").items();
    }

    /** True when {@code resourceNames} limits the rule to named objects. */
    boolean hasResourceNames() {
        return !node.get("resourceNames").items().isEmpty();
    }

    List<String> resourceNames() {
        return node.get("resourceNames").items().stream().map(n -> text(n)).toList();
    }

    /** True when the rule applies to an API group ({@code ""} is the core group); {@code *} covers every group. */
    boolean coversGroup(String group) {
        return node.get("apiGroups").items().stream().map(RbacPolicyRule::text)
                .anyMatch(g -> g.equals("*") || g.equals(group));
    }

    /** The first resource item naming one of {@code wanted} exactly (no wildcard). */
    Optional<YamlNode> resource(Collection<String> wanted) {
        return resources().stream().filter(r -> wanted.contains(text(r))).findFirst();
    }

    /** True when a resource item is one of {@code wanted} or {@code *}. */
    boolean coversResource(Collection<String> wanted) {
        return resources().stream().map(RbacPolicyRule::text).anyMatch(r -> r.equals("*") || wanted.contains(r));
    }

    /** The first verb item that is one of {@code wanted} ({@code *} only when {@code wanted} contains it). */
    Optional<YamlNode> verb(Collection<String> wanted) {
        return verbs().stream().filter(v -> wanted.contains(text(v))).findFirst();
    }

    /** A scalar's text (RBAC compares exactly: {@code Get} grants nothing); empty for other nodes. */
    static String text(YamlNode n) {
        return n.text().orElse("").strip();
    }

    /** {@code Role x} / {@code ClusterRole x}, for messages. */
    String display() {
        return role.display();
    }
}
