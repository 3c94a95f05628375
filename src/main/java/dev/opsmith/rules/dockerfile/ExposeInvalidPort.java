package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** An EXPOSE value Docker cannot use either fails the build or documents a port the service does not listen on. */
public final class ExposeInvalidPort extends DockerfileRule {
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
    private static final long MAX_PORT = 65535;

    static final RuleMeta META = RuleMeta.builder("DF086", "EXPOSE with an invalid port or protocol")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `EXPOSE` items whose port is above 65535, that are not numeric (`http`, a host mapping "
                    + "such as `8080:80`), whose protocol is not `tcp`, `udp` or `sctp`, or whose range is inverted "
                    + "(`9000-8000`). Variables are resolved from ARG/ENV defaults first; values that stay unresolved "
                    + "are skipped. Accepted: `8080`, `8080/tcp`, `53/udp`, `8000-8010`.")
            .rationale("EXPOSE is the image's documentation of its listening ports, read by people, scanners and "
                    + "orchestration tooling. An impossible port or protocol either breaks the build or records a port "
                    + "that nothing listens on, and a host mapping suggests a publication that EXPOSE never performs.")
            .remediation("Expose the container port as `<port>[/tcp|udp|sctp]` with a number from 0 to 65535 "
                    + "(`EXPOSE 8443/tcp`); publish host ports at run time (`-p`, a Kubernetes Service), not in the "
                    + "Dockerfile.")
            .reference("https://docs.docker.com/reference/dockerfile/#expose")
            .equivalent("hadolint", "DL3011").equivalent("trivy", "DS008")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (ExposedPorts.Spec spec : ExposedPorts.of(df)) {
            if (!spec.resolved()) continue;
            String problem = problem(spec);
            if (problem != null) ctx.report(spec.word().span(), "EXPOSE " + spec.text() + ": " + problem);
        }
    }

    private static String problem(ExposedPorts.Spec spec) {
        String ports = spec.ports();
        if (ports.contains(":")) {
            return "EXPOSE does not publish host ports; expose the container port only and publish with -p or a Service";
        }
        long[] range = spec.range();
        if (range == null) return "'" + ports + "' is not a port number or a numeric range";
        if (range[0] > MAX_PORT || range[1] > MAX_PORT) return "ports range from 0 to 65535";
        if (range[0] > range[1]) return "the range is inverted; write " + range[1] + "-" + range[0];
        if (!PROTOCOLS.contains(spec.protocol())) return "protocol '" + spec.protocol() + "' is not tcp, udp or sctp";
        return null;
    }
}
