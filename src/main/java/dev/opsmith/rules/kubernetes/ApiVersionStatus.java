package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.schema.ApiVersions;
import dev.opsmith.format.yaml.YamlNode;

import java.util.Optional;

/** Where an object's apiVersion/kind stands in the target release, and the node to report it on. */
final class ApiVersionStatus {
    private ApiVersionStatus() {
    }

    /** The status of the object's API in the target release; empty for kinds the table does not list and templates. */
    static Optional<ApiVersions.Status> of(KubernetesObject object, dev.opsmith.rules.RuleContext context) {
        if (object.apiVersion().contains("{{") || object.kind().contains("{{")) return Optional.empty();
        return ApiVersions.get().status(object.apiVersion(), object.kind(), KubeVersionSetting.of(context));
    }

    /** The {@code apiVersion} value. */
    static YamlNode node(KubernetesObject object) {
        return object.root().get("apiVersion");
    }
}
