package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** A service on the host's network stack listens on every host interface and escapes network isolation. */
public final class HostNetworkMode extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP004", "Service uses the host network")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service with `network_mode: host` (or the legacy `net: host`) after `.env` "
                    + "interpolation, in the file that wrote the effective value. `bridge`, `none`, "
                    + "`service:<name>`, `container:<id>`, an absent key and an unresolved variable are accepted.")
            .rationale("On the host network every port the process opens is open on the host's interfaces, "
                    + "`ports` no longer applies, and the container can reach services bound to the host's loopback "
                    + "(metadata endpoints, admin consoles). The network segmentation auditors rely on is gone.")
            .remediation("Remove `network_mode: host`; attach the service to a user-defined network and publish only "
                    + "the ports it serves, bound to `127.0.0.1` when only a local reverse proxy needs them.")
            .reference("https://docs.docker.com/reference/compose-file/services/#network_mode")
            .reference("https://docs.docker.com/engine/network/drivers/host/")
            .equivalent("kics", "shared-host-network-namespace")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode mode = service.networkMode().present() ? service.networkMode() : service.get("net");
            if (mode.resolved().map(v -> v.strip().toLowerCase(Locale.ROOT).equals("host")).orElse(false)) {
                report(context, service, mode, "service \"" + service.name() + "\" uses the host network: every port it "
                        + "opens is open on the host; use a Compose network and publish only the ports it serves");
            }
        }
    }
}
