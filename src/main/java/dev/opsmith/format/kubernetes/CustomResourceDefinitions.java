package dev.opsmith.format.kubernetes;

import dev.opsmith.format.kubernetes.schema.CustomResourceSchema;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The schemas a CustomResourceDefinition declares for the custom resources of its kind, one per version. */
public final class CustomResourceDefinitions {
    public static final String KIND = "CustomResourceDefinition";

    private CustomResourceDefinitions() {
    }

    public static boolean is(KubernetesObject o) {
        return KIND.equals(o.kind()) && o.apiVersion().startsWith("apiextensions.k8s.io/");
    }

    /**
     * Each version's {@code schema.openAPIV3Schema} ({@code apiextensions.k8s.io/v1}), or the one
     * {@code validation.openAPIV3Schema} of every version ({@code v1beta1}); versions without a schema give none.
     *
     * @param file the file the CRD is in, for messages
     */
    public static List<CustomResourceSchema> schemas(KubernetesObject crd, String file) {
        if (!is(crd)) return List.of();
        YamlNode spec = crd.spec();
        Optional<String> group = spec.get("group").text();
        Optional<String> kind = spec.path("names", "kind").text();
        if (group.isEmpty() || kind.isEmpty() || templated(group.get()) || templated(kind.get())) return List.of();
        String source = "CustomResourceDefinition " + crd.name().orElse(kind.get()) + " (" + file + ":"
                + crd.anchor().line() + ")";
        YamlNode shared = spec.path("validation", "openAPIV3Schema");
        List<CustomResourceSchema> out = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<YamlNode> schemas = new ArrayList<>();
        for (YamlNode v : spec.get("versions").items()) {
            v.get("name").text().ifPresent(name -> {
                versions.add(name);
                YamlNode own = v.path("schema", "openAPIV3Schema");
                schemas.add(own.isMapping() ? own : shared);
            });
        }
        if (versions.isEmpty()) spec.get("version").text().ifPresent(name -> {
            versions.add(name);
            schemas.add(shared);
        });
        for (int i = 0; i < versions.size(); i++) {
            if (!schemas.get(i).isMapping()) continue;
            out.add(new CustomResourceSchema(group.get(), versions.get(i), kind.get(), source, KubernetesJson.of(schemas.get(i))));
        }
        return out;
    }

    private static boolean templated(String text) {
        return text.contains("{{");
    }
}
