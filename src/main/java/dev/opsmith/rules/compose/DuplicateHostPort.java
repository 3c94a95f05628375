package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.PortMapping;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Two containers cannot bind the same host port: the second fails to start with "port is already allocated". */
public final class DuplicateHostPort extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP064", "Two published ports collide on the host")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a published port of the merged project (base and override, all services) whose "
                    + "host port or range overlaps one published earlier in merge order, with the same protocol and "
                    + "colliding host addresses (the same address, or either on all interfaces). The later item is "
                    + "reported. Random host ports, different protocols, services whose `profiles` are both set and "
                    + "share no profile, services on the host network, and ports or addresses that are unresolved "
                    + "variables are not judged.")
            .rationale("`docker compose config` accepts such a file, but `docker compose up` starts the first "
                    + "container and fails the second with \"port is already allocated\", typically after a port was "
                    + "copied between services or an override added a second binding.")
            .remediation("Give one of the two services another host port, or publish only one of them and let the "
                    + "other be reached over the Compose network.")
            .reference("https://docs.docker.com/reference/compose-file/services/#ports")
            .build();

    /** One published port with a known host range and address, and where it sits in merge order. */
    private record Bound(ComposeService service, PortMapping port, PublishedPorts.Range range, String ip,
                         Set<String> profiles, int fileIndex) {
        boolean collides(Bound o) {
            return port.protocol().equals(o.port.protocol()) && range.overlaps(o.range)
                    && (ip.isEmpty() || o.ip.isEmpty() || ip.equals(o.ip))
                    && (profiles.isEmpty() || o.profiles.isEmpty() || profiles.stream().anyMatch(o.profiles::contains));
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        List<Bound> bound = new ArrayList<>();
        for (ComposeService service : project.services()) {
            if (PublishedPorts.onHostNetwork(service)) continue;
            Set<String> profiles = service.get("profiles").items().stream()
                    .map(p -> p.resolved().orElse(p.text().orElse(""))).collect(Collectors.toSet());
            for (PortMapping port : service.ports()) {
                var range = PublishedPorts.published(port);
                var all = PublishedPorts.allInterfaces(port);
                if (range.isEmpty() || all.isEmpty() || port.protocol().indexOf('$') >= 0) continue;
                String ip = all.get() ? "" : port.hostIp().orElse("");
                bound.add(new Bound(service, port, range.get(), ip, profiles, project.files().indexOf(port.file())));
            }
        }
        bound.sort(Comparator.comparingInt(Bound::fileIndex).thenComparing(b -> b.port().span()));
        for (int j = 1; j < bound.size(); j++) {
            Bound later = bound.get(j);
            if (!later.port().local()) continue;
            for (int i = 0; i < j; i++) {
                Bound earlier = bound.get(i);
                if (!later.collides(earlier)) continue;
                String what = earlier.service() == later.service() ? "the same service"
                        : "service \"" + earlier.service().name() + "\"";
                String file = earlier.port().file() == later.port().file() ? ""
                        : " in " + earlier.port().file().relativePath();
                report(context, later.service(), later.port(), "service \"" + later.service().name()
                        + "\" publishes host port " + later.range() + "/" + later.port().protocol() + " (\""
                        + PublishedPorts.display(later.port()) + "\"), which " + what + " already publishes (\""
                        + PublishedPorts.display(earlier.port()) + "\"" + file + "); docker compose up fails with "
                        + "\"port is already allocated\": choose another host port")
                        .ifPresent(r -> {
                            if (earlier.port().local()) r.related(earlier.port().span(), "first published here");
                        });
                break;
            }
        }
    }
}
