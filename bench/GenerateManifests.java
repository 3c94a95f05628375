import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of Kubernetes manifests with realistic variety for benchmarks:
 * {@code java bench/GenerateManifests.java [N=5000] [DIR=bench/out/manifests] [SEED=42]}.
 * One folder per service (as a GitOps repository lays them out), each file one of: Deployment, StatefulSet,
 * CronJob, Service, Ingress, NetworkPolicy, PodDisruptionBudget, HorizontalPodAutoscaler, RBAC
 * (ServiceAccount/Role/RoleBinding), ConfigMap, or a multi-document bundle of several. About a third of the
 * services carry the usual problems (no resources, root, latest tags, misspelt fields, dangling references).
 * Same seed, same corpus.
 */
public final class GenerateManifests {
    private static final String[] TEAMS = {"payments", "ledger", "cards", "risk", "identity", "notify", "reporting"};
    private static final String[] IMAGES = {"api", "worker", "gateway", "scheduler", "exporter"};

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out/manifests");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Random random = new Random(seed);
        long bytes = 0;
        int docs = 0;
        int written = 0;
        for (int svc = 0; written < n; svc++) {
            String team = TEAMS[svc % TEAMS.length];
            String name = String.format("%s-%s-%04d", team, IMAGES[random.nextInt(IMAGES.length)], svc);
            boolean sloppy = random.nextInt(3) == 0;
            Path folder = dir.resolve(team).resolve(name);
            List<String[]> files = service(random, name, team, sloppy);
            for (String[] file : files) {
                if (written == n) break;
                Path p = folder.resolve(file[0]);
                Files.createDirectories(p.getParent());
                Files.writeString(p, file[1], StandardCharsets.UTF_8);
                bytes += file[1].getBytes(StandardCharsets.UTF_8).length;
                docs += file[1].split("(?m)^---$").length;
                written++;
            }
        }
        System.out.printf("wrote %d manifest files (%d documents, %.1f MB) under %s%n", written, docs, bytes / 1e6, dir);
    }

    /** The files of one service: a workload and what usually sits beside it. */
    private static List<String[]> service(Random r, String name, String team, boolean sloppy) {
        List<String[]> out = new ArrayList<>();
        int shape = r.nextInt(10);
        String workload = shape < 6 ? deployment(r, name, team, sloppy) : shape < 8 ? statefulSet(r, name, team, sloppy)
                : cronJob(r, name, team, sloppy);
        String kind = shape < 6 ? "deployment" : shape < 8 ? "statefulset" : "cronjob";
        List<String> extras = new ArrayList<>();
        extras.add(configMap(r, name, team, sloppy));
        if (shape < 8) {
            extras.add(service(name, team, sloppy && r.nextInt(3) == 0));
            extras.add(pdb(name, team));
            if (r.nextBoolean()) extras.add(networkPolicy(name, team));
            if (shape < 6 && r.nextBoolean()) extras.add(hpa(name, team, sloppy));
            if (r.nextInt(3) == 0) extras.add(ingress(name, team, sloppy));
        }
        if (r.nextInt(4) == 0) extras.add(rbac(name, team, sloppy));
        if (r.nextInt(3) == 0) {
            // one multi-document file, as kustomize or helm template output is committed
            out.add(new String[] {"all.yaml", workload + "---\n" + String.join("---\n", extras)});
        } else {
            out.add(new String[] {kind + ".yaml", workload});
            for (String e : extras) out.add(new String[] {fileName(e), e});
        }
        return out;
    }

    private static String fileName(String doc) {
        String kind = doc.lines().filter(l -> l.startsWith("kind: ")).findFirst().orElse("kind: object").substring(6);
        return kind.toLowerCase() + ".yaml";
    }

    private static String labels(String indent, String name, String team) {
        return indent + "app.kubernetes.io/name: " + name + "\n" + indent + "app.kubernetes.io/part-of: " + team + "\n";
    }

    private static String podSpec(Random r, String indent, String name, String team, boolean sloppy, boolean job) {
        String i = indent;
        StringBuilder b = new StringBuilder();
        if (job) b.append(i).append("restartPolicy: OnFailure\n");
        b.append(i).append("serviceAccountName: ").append(name).append('\n');
        if (!sloppy) {
            b.append(i).append("automountServiceAccountToken: false\n");
            b.append(i).append("securityContext:\n").append(i).append("  runAsNonRoot: true\n")
                    .append(i).append("  runAsUser: 10001\n").append(i).append("  seccompProfile:\n")
                    .append(i).append("    type: RuntimeDefault\n");
        } else if (r.nextBoolean()) {
            b.append(i).append("hostNetwork: true\n");
        }
        b.append(i).append("containers:\n");
        b.append(i).append("  - name: app\n");
        String tag = sloppy && r.nextBoolean() ? "latest" : "1." + r.nextInt(30) + "." + r.nextInt(10);
        b.append(i).append("    image: registry.example.com/").append(team).append('/').append(name).append(':').append(tag).append('\n');
        if (!job) {
            b.append(i).append("    ports:\n").append(i).append("      - name: http\n").append(i).append("        containerPort: 8080\n");
        }
        b.append(i).append("    env:\n");
        for (int e = 0; e < 2 + r.nextInt(4); e++) {
            b.append(i).append("      - name: SETTING_").append(e).append('\n').append(i).append("        value: \"").append(r.nextInt(1000)).append("\"\n");
        }
        b.append(i).append("      - name: DB_PASSWORD\n").append(i).append("        valueFrom:\n").append(i).append("          secretKeyRef:\n")
                .append(i).append("            name: ").append(name).append("-db\n").append(i).append("            key: password\n");
        if (!sloppy || r.nextBoolean()) {
            b.append(i).append("    resources:\n").append(i).append("      requests:\n").append(i).append("        cpu: 100m\n")
                    .append(i).append("        memory: 128Mi\n").append(i).append("      limits:\n").append(i).append("        memory: 256Mi\n");
        }
        if (!job) {
            String probe = sloppy && r.nextInt(4) == 0 ? "readinesProbe" : "readinessProbe";
            b.append(i).append("    ").append(probe).append(":\n").append(i).append("      httpGet: {path: /ready, port: http}\n");
            b.append(i).append("    livenessProbe:\n").append(i).append("      httpGet: {path: /live, port: http}\n");
        }
        if (!sloppy) {
            b.append(i).append("    securityContext:\n").append(i).append("      allowPrivilegeEscalation: false\n")
                    .append(i).append("      readOnlyRootFilesystem: true\n").append(i).append("      capabilities:\n")
                    .append(i).append("        drop: [ALL]\n");
        } else if (r.nextBoolean()) {
            b.append(i).append("    securityContext:\n").append(i).append("      privileged: true\n");
        }
        b.append(i).append("    volumeMounts:\n").append(i).append("      - name: config\n").append(i).append("        mountPath: /etc/app\n");
        b.append(i).append("volumes:\n").append(i).append("  - name: config\n").append(i).append("    configMap:\n")
                .append(i).append("      name: ").append(name).append('\n');
        return b.toString();
    }

    private static String meta(String kind, String apiVersion, String name, String team) {
        return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n  namespace: " + team
                + "\n  labels:\n" + labels("    ", name, team);
    }

    private static String deployment(Random r, String name, String team, boolean sloppy) {
        return meta("Deployment", "apps/v1", name, team) + "spec:\n  replicas: " + (sloppy ? 1 : 2 + r.nextInt(3)) + "\n"
                + "  selector:\n    matchLabels:\n      app.kubernetes.io/name: " + name + "\n"
                + "  template:\n    metadata:\n      labels:\n" + labels("        ", name, team) + "    spec:\n"
                + (sloppy ? "" : "      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: kubernetes.io/hostname\n"
                + "          whenUnsatisfiable: ScheduleAnyway\n          labelSelector:\n            matchLabels:\n"
                + "              app.kubernetes.io/name: " + name + "\n")
                + podSpec(r, "      ", name, team, sloppy, false);
    }

    private static String statefulSet(Random r, String name, String team, boolean sloppy) {
        return meta("StatefulSet", "apps/v1", name, team) + "spec:\n  serviceName: " + name + "\n  replicas: 3\n"
                + "  selector:\n    matchLabels:\n      app.kubernetes.io/name: " + name + "\n"
                + "  template:\n    metadata:\n      labels:\n" + labels("        ", name, team) + "    spec:\n"
                + podSpec(r, "      ", name, team, sloppy, false)
                + "  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [ReadWriteOnce]\n"
                + "        resources:\n          requests:\n            storage: " + (1 + r.nextInt(50)) + "Gi\n";
    }

    private static String cronJob(Random r, String name, String team, boolean sloppy) {
        String schedule = sloppy && r.nextInt(4) == 0 ? "61 * * * *" : r.nextInt(60) + " " + r.nextInt(24) + " * * *";
        return meta("CronJob", "batch/v1", name, team) + "spec:\n  schedule: \"" + schedule + "\"\n"
                + (sloppy ? "" : "  startingDeadlineSeconds: 300\n  concurrencyPolicy: Forbid\n")
                + "  jobTemplate:\n    spec:\n" + (sloppy ? "" : "      ttlSecondsAfterFinished: 86400\n")
                + "      template:\n        metadata:\n          labels:\n" + labels("            ", name, team)
                + "        spec:\n" + podSpec(r, "          ", name, team, sloppy, true);
    }

    private static String service(String name, String team, boolean dangling) {
        return meta("Service", "v1", name, team) + "spec:\n  selector:\n    app.kubernetes.io/name: " + name
                + (dangling ? "-v1" : "") + "\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";
    }

    private static String pdb(String name, String team) {
        return meta("PodDisruptionBudget", "policy/v1", name, team) + "spec:\n  maxUnavailable: 1\n"
                + "  selector:\n    matchLabels:\n      app.kubernetes.io/name: " + name + "\n";
    }

    private static String networkPolicy(String name, String team) {
        return meta("NetworkPolicy", "networking.k8s.io/v1", name, team) + "spec:\n  podSelector:\n    matchLabels:\n"
                + "      app.kubernetes.io/name: " + name + "\n  policyTypes: [Ingress, Egress]\n  ingress:\n    - from:\n"
                + "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress\n"
                + "      ports:\n        - port: 8080\n  egress:\n    - to:\n        - namespaceSelector: {}\n      ports:\n"
                + "        - port: 53\n          protocol: UDP\n";
    }

    private static String hpa(String name, String team, boolean sloppy) {
        return meta("HorizontalPodAutoscaler", "autoscaling/v2", name, team) + "spec:\n  scaleTargetRef:\n"
                + "    apiVersion: apps/v1\n    kind: Deployment\n    name: " + name + "\n  minReplicas: " + (sloppy ? 1 : 2)
                + "\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n"
                + "        target:\n          type: Utilization\n          averageUtilization: 70\n";
    }

    private static String ingress(String name, String team, boolean sloppy) {
        return meta("Ingress", "networking.k8s.io/v1", name, team) + "spec:\n  ingressClassName: nginx\n"
                + (sloppy ? "" : "  tls:\n    - hosts: [" + name + ".example.com]\n      secretName: " + name + "-tls\n")
                + "  rules:\n    - host: " + name + ".example.com\n      http:\n        paths:\n          - path: /\n"
                + "            pathType: Prefix\n            backend:\n              service:\n                name: " + name
                + "\n                port:\n                  name: http\n";
    }

    private static String rbac(String name, String team, boolean sloppy) {
        return "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + name + "\n  namespace: " + team + "\n---\n"
                + meta("Role", "rbac.authorization.k8s.io/v1", name, team) + "rules:\n  - apiGroups: [\"\"]\n"
                + "    resources: [" + (sloppy ? "secrets" : "configmaps") + "]\n    verbs: [" + (sloppy ? "\"*\"" : "get, list, watch")
                + "]\n---\n" + meta("RoleBinding", "rbac.authorization.k8s.io/v1", name, team) + "roleRef:\n"
                + "  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: " + name + "\nsubjects:\n"
                + "  - kind: ServiceAccount\n    name: " + name + "\n    namespace: " + team + "\n";
    }

    private static String configMap(Random r, String name, String team, boolean sloppy) {
        StringBuilder b = new StringBuilder(meta("ConfigMap", "v1", name, team)).append("data:\n");
        for (int k = 0; k < 3 + r.nextInt(6); k++) b.append("  key_").append(k).append(": \"value-").append(r.nextInt(100000)).append("\"\n");
        if (sloppy && r.nextInt(5) == 0) b.append("  DATABASE_PASSWORD: \"s3cr3t-").append(r.nextInt(1000)).append("\"\n");
        b.append("  app.properties: |\n    server.port=8080\n    log.level=info\n");
        return b.toString();
    }
}
