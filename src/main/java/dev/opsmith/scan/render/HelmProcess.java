package dev.opsmith.scan.render;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The scanning JVM's side of {@link HelmWorker}: starts the worker JVM on first use, sends one request at a time,
 * and waits with a timeout. A worker that dies (a fatal error in Helm's Go code) or hangs is killed and the request
 * fails with what it printed; the next request starts a fresh worker. Not thread-safe: the render stage calls it
 * from one thread.
 */
public final class HelmProcess implements AutoCloseable {
    private static final int STDERR_LINES = 20;

    /** Outcome of a request: the answer, or why there is none. */
    public record Answer(JsonNode json, String failure) {
        public boolean ok() {
            return failure == null && json.path("ok").asBoolean(false);
        }

        public String error() {
            return failure != null ? failure : json.path("error").asString("Helm failed without a message");
        }
    }

    private final ObjectMapper json = JsonMapper.builder().build();
    private final long timeoutMillis;
    private Process process;
    private Path tmp;
    private Writer input;
    private BlockingQueue<String> answers;
    private Deque<String> stderr;

    public HelmProcess(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Whether this platform has an embedded Helm (the native library for the OS and CPU is on the class path). */
    public static boolean available() {
        return HelmProcess.class.getResource("/META-INF/services/com.marcnuri.helm.jni.NativeLibrary") != null
                && HelmProcess.class.getResource("/" + nativeName()) != null;
    }

    private static String nativeName() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        String o = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : os;
        String a = arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : arch;
        return "helm-" + o + "-" + a + (o.equals("windows") ? ".dll" : o.equals("darwin") ? ".dylib" : ".so");
    }

    public Answer template(Path chart, String name, String namespace, String kubeVersion, List<Path> values,
                           Map<String, String> set) {
        ObjectNode request = json.createObjectNode();
        request.put("op", "template");
        request.put("chart", chart.toAbsolutePath().toString());
        request.put("name", name);
        request.put("namespace", namespace);
        request.put("kubeVersion", kubeVersion);
        var v = request.putArray("values");
        for (Path p : values) v.add(p.toAbsolutePath().toString());
        ObjectNode s = request.putObject("set");
        set.forEach(s::put);
        return send(request);
    }

    public Answer lint(Path chart) {
        ObjectNode request = json.createObjectNode();
        request.put("op", "lint");
        request.put("chart", chart.toAbsolutePath().toString());
        return send(request);
    }

    private Answer send(ObjectNode request) {
        try {
            if (process == null || !process.isAlive()) start();
            input.write(json.writeValueAsString(request));
            input.write('\n');
            input.flush();
            String line = answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            if (line == null) {
                String why = process.isAlive()
                        ? "Helm did not answer within " + timeoutMillis / 1000 + " s; the render was stopped"
                        : "Helm ended unexpectedly (exit " + exitCode() + ")" + lastErrors();
                stop();
                return new Answer(null, why);
            }
            return new Answer(json.readTree(line), null);
        } catch (IOException e) {
            String why = "Helm could not be run: " + e.getMessage() + lastErrors();
            stop();
            return new Answer(null, why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new Answer(null, "interrupted");
        }
    }

    private void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        tmp = Files.createTempDirectory("opsmith-helm");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-D" + HelmWorker.SKIP_REMOTE_JAR + "=true", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), HelmWorker.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command);
        // Helm reads these for repositories and caches; point them at an empty place so nothing of the user's is used
        pb.environment().put("HELM_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("HELM_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("HELM_DATA_HOME", tmp.resolve("data").toString());
        process = pb.start();
        input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new ArrayBlockingQueue<>(4);
        stderr = new ArrayDeque<>();
        Process p = process;
        BlockingQueue<String> q = answers;
        Deque<String> errors = stderr;
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(HelmWorker.PREFIX)) q.put(line.substring(HelmWorker.PREFIX.length()));
                }
            } catch (IOException | InterruptedException ignored) {
                // the worker ended; send() notices
            }
        }, "opsmith-helm-out");
        Thread err = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (errors) {
                        errors.addLast(line);
                        if (errors.size() > STDERR_LINES) errors.removeFirst();
                    }
                }
            } catch (IOException ignored) {
                // the worker ended
            }
        }, "opsmith-helm-err");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private String lastErrors() {
        if (stderr == null) return "";
        synchronized (stderr) {
            List<String> lines = stderr.stream().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        deleteTemporaryFiles();
    }

    /** The worker's temporary folder holds the extracted native library (about 100 MB): never leave it behind. */
    private void deleteTemporaryFiles() {
        if (tmp == null) return;
        try (var walk = Files.walk(tmp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the operating system cleans its temporary folder
        }
        tmp = null;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                input.close(); // the worker ends at end of input
                if (!process.waitFor(5, TimeUnit.SECONDS)) stop();
            } catch (IOException | InterruptedException e) {
                stop();
            }
        }
        process = null;
        deleteTemporaryFiles();
    }
}
