package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a control-plane binary run in a container (a static pod written by kubeadm, a self-hosted
 * control plane): which binary, and each flag with the list item it is written in. The binary is the first item of
 * {@code command} (or of {@code args} without a command), by file name, or the component after {@code hyperkube}.
 * Flags come from the rest of {@code command} and all of {@code args}, as {@code --name=value}, {@code --name value}
 * (not for boolean flags, as Go's flag parsers read them) or a bare boolean {@code --name}; one or two leading dashes;
 * a repeated flag keeps its last value. Shell-wrapped command lines ({@code sh -c "kube-apiserver …"}) are not read.
 */
record ControlPlaneCommand(String binary, YamlNode binaryNode, Map<String, Flag> flags, Map<String, String> env) {

    /**
     * One flag as written.
     *
     * @param value     the text after {@code =} (or the next item); empty for a bare {@code --name}
     * @param node      the list item that names the flag
     * @param templated the value still holds template syntax or a {@code $(VAR)}: present, but never judged
     */
    record Flag(String name, Optional<String> value, YamlNode node, boolean templated) {
        /** Go's {@code strconv.ParseBool}; a bare flag is true; empty when templated or not a boolean. */
        Optional<Boolean> bool() {
            if (templated) return Optional.empty();
            if (value.isEmpty()) return Optional.of(Boolean.TRUE);
            return switch (value.get()) {
                case "1", "t", "T", "true", "True", "TRUE" -> Optional.of(Boolean.TRUE);
                case "0", "f", "F", "false", "False", "FALSE" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
        }

        /** The value when it can be judged (present and not templated). */
        Optional<String> judged() {
            return templated ? Optional.empty() : value;
        }

        /** A comma-separated list value, items trimmed and empty ones dropped. */
        List<String> list() {
            List<String> out = new ArrayList<>();
            for (String s : judged().orElse("").split(",")) {
                if (!s.isBlank()) out.add(s.strip());
            }
            return out;
        }
    }

    /** Flags that take no separate value item ({@code --profiling false} is not how they are set to false). */
    private static final Set<String> BOOLEAN_FLAGS = Set.of("anonymous-auth", "profiling", "kubelet-https",
            "service-account-lookup", "use-service-account-credentials", "client-cert-auth", "peer-client-cert-auth",
            "auto-tls", "peer-auto-tls", "protect-kernel-defaults", "make-iptables-util-chains", "rotate-certificates",
            "rotate-server-certificates", "allow-privileged");

    private static final Map<String, String> HYPERKUBE = Map.of(
            "apiserver", "kube-apiserver", "kube-apiserver", "kube-apiserver",
            "controller-manager", "kube-controller-manager", "kube-controller-manager", "kube-controller-manager",
            "scheduler", "kube-scheduler", "kube-scheduler", "kube-scheduler",
            "kubelet", "kubelet");

    /** The container's command line when it runs one of {@code binaries}. */
    static Optional<ControlPlaneCommand> of(Container container, Set<String> binaries) {
        List<YamlNode> items = new ArrayList<>(container.node().get("command").items());
        items.addAll(container.node().get("args").items());
        if (items.isEmpty()) return Optional.empty();
        int next = 0;
        YamlNode first = items.get(next++);
        String binary = baseName(first.text().orElse(""));
        if (binary.equals("hyperkube") && items.size() > 1) {
            binary = HYPERKUBE.getOrDefault(items.get(next++).text().orElse(""), "");
        }
        if (!binaries.contains(binary)) return Optional.empty();
        Map<String, Flag> flags = new LinkedHashMap<>();
        while (next < items.size()) {
            YamlNode item = items.get(next++);
            String text = item.text().orElse("");
            if (!text.startsWith("-") || text.equals("-") || text.equals("--")) continue;
            String body = text.startsWith("--") ? text.substring(2) : text.substring(1);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1));
            if (value.isEmpty() && !BOOLEAN_FLAGS.contains(name) && next < items.size()) {
                String following = items.get(next).text().orElse("");
                if (!following.startsWith("-")) {
                    value = Optional.of(following);
                    next++;
                }
            }
            boolean templated = unrendered(text) || value.map(ControlPlaneCommand::unrendered).orElse(false);
            flags.remove(name); // the last occurrence wins, and keeps its place
            flags.put(name, new Flag(name, value, item, templated));
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (YamlNode e : container.node().get("env").items()) {
            e.get("name").text().ifPresent(n -> env.put(n, e.get("value").text().orElse("")));
        }
        return Optional.of(new ControlPlaneCommand(binary, first, flags, env));
    }

    Optional<Flag> flag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    boolean has(String name) {
        return flags.containsKey(name);
    }

    /** Template syntax or a {@code $(VAR)} the kubelet substitutes: the value is not known here. */
    private static boolean unrendered(String text) {
        return text.contains("{{") || text.contains("${") || text.contains("$(");
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
