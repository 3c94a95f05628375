package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Linux capability sets of the Pod Security Standards, as data, shared by K8S003–K8S007. Names compare
 * case-insensitively and with or without the {@code CAP_} prefix, as container runtimes accept both.
 */
final class Capabilities {
    /** PSS baseline: the only capabilities a container may add (the container runtime's default set). */
    static final Set<String> BASELINE_ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    /** PSS restricted: the only capability a container may add back after dropping ALL. */
    static final Set<String> RESTRICTED_ALLOWED = Set.of("NET_BIND_SERVICE");

    /** Capabilities that give power over the node or other workloads (K8S004, reported above K8S003). */
    static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_MODULE",
            "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "BPF", "PERFMON", "DAC_READ_SEARCH");

    private Capabilities() {
    }

    /** {@code cap_sys_admin} → {@code SYS_ADMIN}. */
    static String normalise(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        return n.startsWith("CAP_") ? n.substring(4) : n;
    }

    /** The items of the container's {@code capabilities.add} list (scalars only, template values skipped). */
    static List<YamlNode> added(Container container) {
        return judged(container.securityContext().path("capabilities", "add"));
    }

    /** The items of the container's {@code capabilities.drop} list (scalars only, template values skipped). */
    static List<YamlNode> dropped(Container container) {
        return judged(container.securityContext().path("capabilities", "drop"));
    }

    /** True when the container's drop list names {@code capability} or ALL. */
    static boolean drops(Container container, String capability) {
        for (YamlNode item : dropped(container)) {
            String n = normalise(item.text().orElse(""));
            if (n.equals("ALL") || n.equals(capability)) return true;
        }
        return false;
    }

    /** True when the drop list holds a template value, so what it drops is unknown. */
    static boolean dropUnknown(Container container) {
        for (YamlNode item : container.securityContext().path("capabilities", "drop").items()) {
            if (EffectiveSecurityContext.isTemplated(item)) return true;
        }
        return EffectiveSecurityContext.isTemplated(container.securityContext().path("capabilities", "drop"));
    }

    /** A capability a container adds: its object, the container, the list item and the normalised name. */
    interface Added {
        void accept(KubernetesObject object, Container container, YamlNode item, String capability);
    }

    /** Calls {@code added} for every capability every container adds; Windows pods skipped when {@code linuxOnly}. */
    static void forEachAdded(KubernetesManifests manifests, boolean linuxOnly, Added added) {
        KubernetesRule.forEachPodSpec(manifests, (obj, pod) -> {
            if (linuxOnly && EffectiveSecurityContext.isWindows(pod)) return;
            for (Container c : pod.allContainers()) {
                for (YamlNode item : added(c)) added.accept(obj, c, item, normalise(item.text().orElse("")));
            }
        });
    }

    /** Calls {@code keeps} for every container of a Linux pod that is not known to drop {@code capability}. */
    static void forEachNotDropping(KubernetesManifests manifests, String capability,
                                   BiConsumer<KubernetesObject, Container> keeps) {
        KubernetesRule.forEachPodSpec(manifests, (obj, pod) -> {
            if (EffectiveSecurityContext.isWindows(pod)) return;
            for (Container c : pod.allContainers()) {
                if (!drops(c, capability) && !dropUnknown(c)) keeps.accept(obj, c);
            }
        });
    }

    private static List<YamlNode> judged(YamlNode list) {
        return list.items().stream()
                .filter(i -> i.text().isPresent() && !EffectiveSecurityContext.isTemplated(i))
                .toList();
    }
}
