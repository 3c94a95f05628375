package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code hostPath} volumes of a pod spec, shared by the host mount rules (K8S044–K8S047). */
final class HostPathVolumes {

    /**
     * One hostPath volume.
     *
     * @param name     the volume's name, as volume mounts refer to it (empty when missing)
     * @param hostPath the {@code hostPath: …} entry (the whole key and mapping)
     */
    record HostPathVolume(String name, YamlEntry hostPath) {
        /** The {@code path} value node (missing when the manifest omits it). */
        YamlNode pathNode() {
            return hostPath.value().get("path");
        }

        /** The normalised host path; empty when absent, not a string, or still templated. */
        Optional<String> path() {
            return pathNode().text().filter(p -> !TemplateValues.isUnrendered(p)).map(SensitiveHostPaths::normalise);
        }
    }

    private HostPathVolumes() {
    }

    static List<HostPathVolume> of(PodSpec spec) {
        List<HostPathVolume> out = new ArrayList<>();
        for (YamlNode item : spec.node().get("volumes").items()) {
            if (!(item instanceof YamlMapping volume)) continue;
            YamlEntry hostPath = volume.entry("hostPath");
            if (hostPath == null || hostPath.value().isNull()) continue;
            out.add(new HostPathVolume(volume.get("name").text().orElse(""), hostPath));
        }
        return out;
    }
}
