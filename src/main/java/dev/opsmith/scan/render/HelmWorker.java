package dev.opsmith.scan.render;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process that runs embedded Helm. Helm is Go code loaded into the JVM; a fatal error in it ends the
 * process, so it never runs inside the scanning JVM. Reads one JSON request per line on stdin and answers each
 * with one line on stdout that starts with {@link #PREFIX} (anything else Helm prints is ignored by the parent).
 */
public final class HelmWorker {
    static final String PREFIX = "@@opsmith-helm ";
    static final String SKIP_REMOTE_JAR = "com.marcnuri.jkube-helm.skipRemoteJar";

    private HelmWorker() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(SKIP_REMOTE_JAR, "true"); // never download a native library at run time
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // stray library output must not mix with answers
        ObjectMapper json = JsonMapper.builder().build();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            ObjectNode answer = json.createObjectNode();
            try {
                answer = handle(json.readTree(line), json);
            } catch (Throwable e) { // one chart's failure must not end the worker
                answer.put("ok", false);
                answer.put("error", message(e));
            }
            out.println(PREFIX + json.writeValueAsString(answer));
        }
    }

    private static ObjectNode handle(JsonNode request, ObjectMapper json) {
        ObjectNode answer = json.createObjectNode();
        Path chart = Path.of(request.path("chart").asString());
        if (request.path("op").asString("template").equals("lint")) {
            LintResult result = new Helm(chart).lint().call();
            answer.put("ok", true);
            answer.put("failed", result.isFailed());
            var messages = answer.putArray("messages");
            for (String m : result.getMessages()) messages.add(m);
            return answer;
        }
        TemplateCommand template = new Helm(chart).template()
                .withName(request.path("name").asString("release-name"))
                .withNamespace(request.path("namespace").asString("release-namespace"));
        String kube = request.path("kubeVersion").asString("");
        if (!kube.isEmpty()) template = template.withKubeVersion(kube);
        for (JsonNode v : request.path("values")) template = template.withValuesFile(Path.of(v.asString()));
        for (var e : request.path("set").properties()) template = template.set(e.getKey(), e.getValue().asString());
        answer.put("ok", true);
        answer.put("manifest", template.call());
        return answer;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }
}
