package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

/** The {@code env} items of every container (init and ephemeral included), for K8S130, K8S131 and K8S134. */
final class EnvVars {
    /** One {@code env} item of a container. */
    record EnvVar(KubernetesObject object, Container container, YamlMapping item) {
        String name() {
            return item.get("name").text().orElse("");
        }

        YamlNode value() {
            return item.get("value");
        }
    }

    interface Check {
        void accept(EnvVar env);
    }

    private EnvVars() {
    }

    static void forEach(KubernetesManifests manifests, Check check) {
        for (KubernetesObject o : manifests.objects()) {
            dev.opsmith.format.kubernetes.Workloads.podSpec(o).ifPresent(spec -> {
                for (Container c : spec.allContainers()) {
                    for (YamlNode item : c.node().get("env").items()) {
                        if (item instanceof YamlMapping m) check.accept(new EnvVar(o, c, m));
                    }
                }
            });
        }
    }
}
