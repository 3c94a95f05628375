package dev.opsmith.format.kubernetes.schema;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesSchemaTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final KubernetesSchema SCHEMA = KubernetesSchema.get();

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
              annotations:
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              strategy:
                type: RollingUpdate
                rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  restartPolicy: Always
                  containers:
                    - name: web
                      image: registry.example.com/web:1.2.3
                      imagePullPolicy: IfNotPresent
                      ports: [{containerPort: 8080, name: http}]
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: 1, memory: 256Mi}
                      readinessProbe:
                        httpGet: {path: /healthz, port: http}
                      livenessProbe:
                        tcpSocket: {port: 8080}
                      securityContext:
                        privileged: false
                        runAsNonRoot: true
            """;

    private static List<SchemaError> validate(String yaml) {
        JsonNode node = YAML.readTree(yaml);
        return SCHEMA.validate(node.path("apiVersion").asString(), node.path("kind").asString(), node);
    }

    @Test
    void aSoundDeploymentHasNoErrors() {
        assertThat(validate(DEPLOYMENT)).isEmpty();
    }

    @Test
    void unknownFieldNamesTheParentAndTheField() {
        List<SchemaError> errors = validate(DEPLOYMENT.replace("imagePullPolicy: IfNotPresent", "imagePullPolicyy: IfNotPresent"));
        assertThat(errors).containsExactly(new SchemaError("/spec/template/spec/containers/0", "imagePullPolicyy",
                SchemaError.UNKNOWN_FIELD, "unknown field \"imagePullPolicyy\" (did you mean \"imagePullPolicy\"?)"));
        assertThat(errors.get(0).fieldPointer()).isEqualTo("/spec/template/spec/containers/0/imagePullPolicyy");
    }

    @Test
    void unknownFieldAtTheTopLevel() {
        assertThat(validate(DEPLOYMENT + "extra: true\n"))
                .extracting(SchemaError::pointer, SchemaError::property, SchemaError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "extra", SchemaError.UNKNOWN_FIELD));
    }

    @Test
    void wrongType() {
        List<SchemaError> errors = validate(DEPLOYMENT.replace("replicas: 3", "replicas: \"3\""));
        assertThat(errors).containsExactly(new SchemaError("/spec/replicas", null, SchemaError.TYPE,
                "expected integer, found string \"3\""));
    }

    @Test
    void missingRequiredField() {
        List<SchemaError> errors = validate(DEPLOYMENT.replace("- name: web\n", "- \n"));
        assertThat(errors).containsExactly(new SchemaError("/spec/template/spec/containers/0", "name",
                SchemaError.REQUIRED, "missing required field \"name\""));
    }

    @Test
    void valuesOutsideAnEnum() {
        List<SchemaError> errors = validate(DEPLOYMENT.replace("imagePullPolicy: IfNotPresent", "imagePullPolicy: Sometimes")
                .replace("restartPolicy: Always", "restartPolicy: Sometimes"));
        assertThat(errors).extracting(SchemaError::pointer, SchemaError::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/spec/template/spec/containers/0/imagePullPolicy", SchemaError.ENUM),
                org.assertj.core.groups.Tuple.tuple("/spec/template/spec/restartPolicy", SchemaError.ENUM));
        assertThat(errors.get(0).message()).isEqualTo(
                "unsupported value \"Sometimes\"; must be one of \"Always\", \"IfNotPresent\", \"Never\"");
    }

    @Test
    void intOrStringAcceptsBothButNothingElse() {
        assertThat(validate(DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: 1"))).isEmpty();
        assertThat(validate(DEPLOYMENT.replace("maxUnavailable: 1", "maxUnavailable: 10%"))).isEmpty();
        assertThat(validate(DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: true")))
                .extracting(SchemaError::pointer, SchemaError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/spec/strategy/rollingUpdate/maxSurge", SchemaError.TYPE));
    }

    @Test
    void quantitiesAcceptNumbers() {
        assertThat(validate(DEPLOYMENT.replace("cpu: 100m", "cpu: 0.5"))).isEmpty();
    }

    @Test
    void preservedUnknownFieldsAreNotChecked() {
        // ControllerRevision.data is a RawExtension: any object, kept as written
        String revision = """
                apiVersion: apps/v1
                kind: ControllerRevision
                metadata: {name: web-1}
                revision: 1
                data:
                  spec: {anything: [1, 2], goes: {here: true}}
                """;
        assertThat(validate(revision)).isEmpty();
        assertThat(validate(revision.replace("revision: 1", "revision: 1\nrevisoin: 2")))
                .extracting(SchemaError::property).containsExactly("revisoin");
    }

    @Test
    void mapsAcceptAnyKey() {
        assertThat(validate("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, labels: {any.example.com/key: v}}
                data: {whatever: x, more: y}
                """)).isEmpty();
    }

    @Test
    void secretDataMustBeBase64() {
        assertThat(validate("""
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data: {good: aGVsbG8=, bad: "not base64!"}
                """)).extracting(SchemaError::pointer, SchemaError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/data/bad", SchemaError.FORMAT));
    }

    @Test
    void nullMembersCountAsAbsent() {
        assertThat(validate(DEPLOYMENT.replace("replicas: 3", "replicas:"))).isEmpty();
        assertThat(validate(DEPLOYMENT.replace("      containers:\n", "      initContainers:\n      containers:\n")))
                .isEmpty();
    }

    @Test
    void kindsOutsideTheSchemaAreUnknown() {
        assertThat(SCHEMA.knows("apps/v1", "Deployment")).isTrue();
        assertThat(SCHEMA.knows("v1", "Pod")).isTrue();
        assertThat(SCHEMA.knows("networking.k8s.io/v1", "Ingress")).isTrue();
        assertThat(SCHEMA.knows("apps/v1", "Deploymnet")).isFalse();
        assertThat(SCHEMA.knows("cert-manager.io/v1", "Certificate")).isFalse();
        assertThat(SCHEMA.knows("route.openshift.io/v1", "Route")).isFalse();
        assertThat(SCHEMA.validate("cert-manager.io/v1", "Certificate", YAML.readTree("spec: {x: 1}"))).isEmpty();
    }

    @Test
    void oldApiVersionsAreValidatedAgainstTheirOwnSchema() {
        // extensions/v1beta1 Ingress had serviceName/servicePort; networking.k8s.io/v1 does not
        String ingress = """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: i}
                spec:
                  backend: {serviceName: web, servicePort: 80}
                """;
        assertThat(validate(ingress)).isEmpty();
        assertThat(validate(ingress.replace("extensions/v1beta1", "networking.k8s.io/v1")))
                .extracting(SchemaError::property).containsExactly("backend");
    }

    @Test
    void validatesConcurrently() throws Exception {
        JsonNode good = YAML.readTree(DEPLOYMENT);
        JsonNode bad = YAML.readTree(DEPLOYMENT.replace("replicas: 3", "replicas: \"3\""));
        List<java.util.concurrent.Callable<Integer>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            JsonNode node = i % 2 == 0 ? good : bad;
            tasks.add(() -> SCHEMA.validate("apps/v1", "Deployment", node).size());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) assertThat(results.get(i).get()).isEqualTo(i % 2);
        } finally {
            pool.shutdown();
        }
    }
}
