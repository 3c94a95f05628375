package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.Map;
import java.util.Optional;

/** A liveness probe copied from the readiness probe turns "not ready" into "restart". */
public final class LivenessSameAsReadiness extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S081", "Liveness and readiness probes are identical")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a container whose `livenessProbe` and `readinessProbe` are the same check: same "
                    + "handler and target (`httpGet` path, port, host, scheme and headers; `tcpSocket` port and host; "
                    + "`grpc` port and service; `exec` command), same `periodSeconds` and same `failureThreshold`, "
                    + "after applying the API defaults (path `/`, scheme `HTTP`, period 10, threshold 3) and resolving "
                    + "named ports to their numbers. Probes that share an endpoint but differ in timing are accepted.")
            .rationale("Readiness answers \"should this pod get traffic now?\", liveness \"is this process beyond "
                    + "recovery?\". When both ask the same question with the same patience, a slow database or a "
                    + "downstream outage makes every replica fail both at once: instead of being taken out of "
                    + "rotation until the dependency recovers, they are all restarted, turning a brief degradation of "
                    + "a payment service into a full outage with cold caches.")
            .remediation("Point the liveness probe at a cheap endpoint that checks only the process (`/livez`), keep "
                    + "dependency checks in the readiness probe (`/ready`), and give liveness a higher "
                    + "`failureThreshold`; or drop the liveness probe if the process exits on fatal errors.")
            .reference("https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/")
            .build();

    private static final Map<String, String> DEFAULTS = Map.of("path", "/", "scheme", "HTTP", "host", "",
            "service", "", "periodSeconds", "10", "failureThreshold", "3");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : Probes.probed(spec)) {
                YamlEntry liveness = c.node().entry("livenessProbe");
                YamlEntry readiness = c.node().entry("readinessProbe");
                if (liveness == null || readiness == null) continue;
                Map<String, String> ports = Probes.namedPorts(c);
                Optional<String> l = normalised(liveness.value(), ports);
                Optional<String> r = normalised(readiness.value(), ports);
                if (l.isEmpty() || !l.equals(r)) continue;
                report(context, object, liveness.key().span(), "The livenessProbe of " + c.display() + " of "
                        + object.display() + " is the same check as its readinessProbe: a slow dependency restarts "
                        + "the pods instead of taking them out of rotation; give liveness its own cheap check")
                        .property("container", c.name().orElse(""))
                        .related(readiness.key().span(), "the identical readiness probe");
            }
        });
    }

    /** The probe's check and timing as one comparable text; empty when it cannot be judged. */
    private static Optional<String> normalised(YamlNode probe, Map<String, String> ports) {
        Optional<String> handler = Probes.handler(probe);
        if (handler.isEmpty()) return Optional.empty();
        YamlNode h = probe.get(handler.get());
        StringBuilder out = new StringBuilder(handler.get());
        switch (handler.get()) {
            case "exec" -> {
                if (!append(out, "command", h.get("command"))) return Optional.empty();
            }
            case "httpGet" -> {
                if (!port(out, h.get("port"), ports) || !field(out, h, "path") || !field(out, h, "host")
                        || !field(out, h, "scheme") || !append(out, "httpHeaders", h.get("httpHeaders"))) {
                    return Optional.empty();
                }
            }
            case "tcpSocket" -> {
                if (!port(out, h.get("port"), ports) || !field(out, h, "host")) return Optional.empty();
            }
            default -> {
                if (!port(out, h.get("port"), ports) || !field(out, h, "service")) return Optional.empty();
            }
        }
        if (!field(out, probe, "periodSeconds") || !field(out, probe, "failureThreshold")) return Optional.empty();
        return Optional.of(out.toString());
    }

    private static boolean port(StringBuilder out, YamlNode port, Map<String, String> ports) {
        Optional<String> text = port.text();
        if (text.isEmpty() || TemplateValues.isUnrendered(text.get())) return false;
        String resolved = ports.get(text.get());
        String value = Probes.isNumber(port) ? String.valueOf(port.integer().get())
                : resolved == null || resolved.isEmpty() ? "name:" + text.get() : resolved;
        out.append("|port=").append(value);
        return true;
    }

    private static boolean field(StringBuilder out, YamlNode parent, String key) {
        YamlNode value = parent.get(key);
        String text = value.present() && !value.isNull() ? value.text().orElse(null) : DEFAULTS.get(key);
        if (text == null || TemplateValues.isUnrendered(text)) return false;
        if (value.integer().isPresent()) text = String.valueOf(value.integer().get());
        out.append('|').append(key).append('=').append(text);
        return true;
    }

    /** Appends a whole subtree (command lists, headers) in a canonical form. */
    private static boolean append(StringBuilder out, String key, YamlNode node) {
        out.append('|').append(key).append('=');
        return canonical(out, node);
    }

    private static boolean canonical(StringBuilder out, YamlNode node) {
        if (node instanceof YamlScalar s) {
            if (s.text().map(TemplateValues::isUnrendered).orElse(false)) return false;
            out.append('"').append(s.text().orElse("")).append('"');
        } else if (node instanceof YamlMapping m) {
            out.append('{');
            for (YamlEntry e : m.entries()) {
                out.append(e.key().value()).append(':');
                if (!canonical(out, e.value())) return false;
                out.append(',');
            }
            out.append('}');
        } else if (node.isSequence()) {
            out.append('[');
            for (YamlNode item : node.items()) {
                if (!canonical(out, item)) return false;
                out.append(',');
            }
            out.append(']');
        }
        return true;
    }
}
