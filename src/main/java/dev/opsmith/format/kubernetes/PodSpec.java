package dev.opsmith.format.kubernetes;

import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The pod spec of a Pod or of a workload's pod template, with the template's metadata (labels, annotations)
 * where there is one.
 */
public record PodSpec(KubernetesObject owner, YamlMapping node, YamlNode templateMetadata) {

    public List<Container> containers(ContainerKind kind) {
        List<Container> out = new ArrayList<>();
        List<YamlNode> items = node.get(kind.field()).items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlMapping m) out.add(new Container(m, kind, i));
        }
        return out;
    }

    /** Containers, then init containers, then ephemeral containers. */
    public List<Container> allContainers() {
        List<Container> out = new ArrayList<>(containers(ContainerKind.CONTAINER));
        out.addAll(containers(ContainerKind.INIT));
        out.addAll(containers(ContainerKind.EPHEMERAL));
        return out;
    }

    public YamlNode securityContext() {
        return node.get("securityContext");
    }

    /** Labels of the pods this spec creates (the Pod's own labels for a Pod). */
    public java.util.Map<String, String> podLabels() {
        return KubernetesObject.stringMap(templateMetadata.get("labels"));
    }

    public java.util.Map<String, String> podAnnotations() {
        return KubernetesObject.stringMap(templateMetadata.get("annotations"));
    }
}
