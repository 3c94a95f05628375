import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic Helm charts for benchmarks: {@code java bench/GenerateCharts.java [N=100] [DIR=bench/out/charts] [SEED=42]}.
 * Each chart is what `helm create` users end up with: a helpers template, a Deployment, a Service, an optional
 * Ingress and HPA, values.yaml plus values-dev.yaml and values-prod.yaml (so every chart renders twice: the
 * environment matrix). Some charts carry the usual problems (latest tags, privilege escalation in dev). Same seed,
 * same charts.
 */
public final class GenerateCharts {
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out/charts");
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42L);
        for (int i = 0; i < n; i++) {
            String name = "svc-" + i;
            Path chart = dir.resolve(name);
            Files.createDirectories(chart.resolve("templates"));
            Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 1." + i + ".0\n"
                    + "appVersion: \"2." + i + "\"\nicon: https://charts.example.com/" + name + ".png\n");
            boolean sloppy = random.nextInt(3) == 0;
            Files.writeString(chart.resolve("values.yaml"), "replicaCount: 2\nimage:\n  repository: registry.example.com/" + name
                    + "\n  tag: \"2." + i + "\"\nservice:\n  port: 8080\ningress:\n  enabled: " + random.nextBoolean()
                    + "\n  host: " + name + ".example.com\nautoscaling:\n  enabled: " + random.nextBoolean()
                    + "\nsecurityContext:\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n"
                    + "  runAsNonRoot: true\n  capabilities:\n    drop: [ALL]\nresources:\n  requests:\n    cpu: 100m\n"
                    + "    memory: 128Mi\n  limits:\n    memory: 256Mi\n");
            Files.writeString(chart.resolve("values-dev.yaml"), "replicaCount: 1\n" + (sloppy
                    ? "securityContext:\n  allowPrivilegeEscalation: true\n  readOnlyRootFilesystem: false\n" : ""));
            Files.writeString(chart.resolve("values-prod.yaml"), "replicaCount: 3\n" + (sloppy ? "image:\n  tag: latest\n" : ""));
            Files.writeString(chart.resolve("templates/_helpers.tpl"), """
                    {{- define "app.labels" -}}
                    app.kubernetes.io/name: {{ .Chart.Name }}
                    app.kubernetes.io/instance: {{ .Release.Name }}
                    {{- end }}
                    """);
            Files.writeString(chart.resolve("templates/deployment.yaml"), """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: {{ .Release.Name }}-{{ .Chart.Name }}
                      labels:
                        {{- include "app.labels" . | nindent 4 }}
                    spec:
                      {{- if not .Values.autoscaling.enabled }}
                      replicas: {{ .Values.replicaCount }}
                      {{- end }}
                      selector:
                        matchLabels:
                          {{- include "app.labels" . | nindent 6 }}
                      template:
                        metadata:
                          labels:
                            {{- include "app.labels" . | nindent 8 }}
                        spec:
                          containers:
                            - name: {{ .Chart.Name }}
                              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                              ports:
                                - name: http
                                  containerPort: {{ .Values.service.port }}
                              securityContext:
                                {{- toYaml .Values.securityContext | nindent 12 }}
                              resources:
                                {{- toYaml .Values.resources | nindent 12 }}
                    """);
            Files.writeString(chart.resolve("templates/service.yaml"), """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: {{ .Release.Name }}-{{ .Chart.Name }}
                    spec:
                      selector:
                        {{- include "app.labels" . | nindent 4 }}
                      ports:
                        - name: http
                          port: 80
                          targetPort: http
                    """);
            Files.writeString(chart.resolve("templates/ingress.yaml"), """
                    {{- if .Values.ingress.enabled }}
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata:
                      name: {{ .Release.Name }}-{{ .Chart.Name }}
                    spec:
                      rules:
                        - host: {{ .Values.ingress.host }}
                          http:
                            paths:
                              - path: /
                                pathType: Prefix
                                backend:
                                  service:
                                    name: {{ .Release.Name }}-{{ .Chart.Name }}
                                    port:
                                      name: http
                    {{- end }}
                    """);
            Files.writeString(chart.resolve("templates/hpa.yaml"), """
                    {{- if .Values.autoscaling.enabled }}
                    apiVersion: autoscaling/v2
                    kind: HorizontalPodAutoscaler
                    metadata:
                      name: {{ .Release.Name }}-{{ .Chart.Name }}
                    spec:
                      scaleTargetRef:
                        apiVersion: apps/v1
                        kind: Deployment
                        name: {{ .Release.Name }}-{{ .Chart.Name }}
                      minReplicas: 2
                      maxReplicas: 10
                    {{- end }}
                    """);
        }
        System.out.println("wrote " + n + " charts (" + 2 * n + " renders) to " + dir);
    }
}
