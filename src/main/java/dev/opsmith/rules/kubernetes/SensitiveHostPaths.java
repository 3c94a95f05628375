package dev.opsmith.rules.kubernetes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host paths that matter when a pod mounts them, as one list of data: container runtime sockets (K8S045)
 * and node directories whose exposure gives away the node or its credentials (K8S046). Paths compare after
 * {@link #normalise(String)}; {@code /run} and {@code /var/run} are listed both ways because one is a symlink to
 * the other on current distributions.
 */
final class SensitiveHostPaths {
    /** Endings of runtime API socket paths, wherever the distribution puts them (k3s: /run/k3s/containerd/…). */
    static final Set<String> RUNTIME_SOCKET_NAMES = Set.of("docker.sock", "containerd.sock", "crio.sock",
            "cri-dockerd.sock");
    /** Directories that hold a runtime socket and its state. */
    static final Set<String> RUNTIME_DIRECTORIES = Set.of("/var/run/docker", "/run/docker", "/run/containerd",
            "/var/run/containerd", "/var/run/crio", "/run/crio");
    /** Node directories that are sensitive as a whole (their sub-paths, such as /etc/ssl/certs, may be fine). */
    static final Set<String> SENSITIVE_DIRECTORIES = Set.of("/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib",
            "/lib64", "/proc", "/root", "/sbin", "/sys", "/usr", "/var", "/run", "/var/run");
    /** Trees that are sensitive at every depth: kernel interfaces, kubelet, etcd and runtime state, secrets. */
    static final List<String> SENSITIVE_TREES = List.of("/proc", "/sys", "/etc/kubernetes", "/var/lib/kubelet",
            "/var/lib/etcd", "/var/lib/docker", "/var/lib/containerd", "/var/run/secrets", "/run/secrets");

    private SensitiveHostPaths() {
    }

    /**
     * The path as the node resolves it: repeated and trailing slashes dropped, {@code .} and {@code ..} applied.
     * Relative or non-POSIX paths (Windows nodes) come back unchanged and match nothing.
     */
    static String normalise(String path) {
        String p = path.strip();
        if (!p.startsWith("/")) return p;
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : p.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(segment);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** True for a path ending in a runtime socket name, or a runtime directory that holds one (normalised). */
    static boolean isRuntimeSocket(String path) {
        for (String name : RUNTIME_SOCKET_NAMES) {
            if (path.endsWith(name)) return true;
        }
        return RUNTIME_DIRECTORIES.contains(path);
    }

    /**
     * The listed directory a normalised path is, or lies under when that directory is a sensitive tree; empty
     * for other paths. Runtime sockets are K8S045's and are not reported here.
     */
    static Optional<String> sensitiveDirectory(String path) {
        if (!path.startsWith("/") || isRuntimeSocket(path)) return Optional.empty();
        if (SENSITIVE_DIRECTORIES.contains(path)) return Optional.of(path);
        for (String tree : SENSITIVE_TREES) {
            if (path.equals(tree) || path.startsWith(tree + "/")) return Optional.of(tree);
        }
        return Optional.empty();
    }
}
