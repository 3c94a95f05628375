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

/** A host device inside a container is a direct line to a kernel driver, outside the container's isolation. */
public final class HostDeviceMapped extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP015", "Host device mapped into a service")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports every `devices` item of a service (short `/dev/x[:/dev/y[:rwm]]`, CDI names and the "
                    + "long `source`/`target` syntax) and every `device_cgroup_rules` item that allows all devices "
                    + "(type `a`, or both major and minor `*`), in the file that wrote the item. GPU requests under "
                    + "`deploy.resources.reservations.devices`, which the runtime sets up itself, are not reported.")
            .rationale("A mapped device gives the container raw access to a host driver: block devices expose "
                    + "every file system on the disk, `/dev/mem` and `/dev/kmsg` the kernel, and a cgroup rule that "
                    + "allows every device lets the container use any node it can create. Driver bugs reached this "
                    + "way are a common escape path, and the access bypasses the host's file permissions.")
            .remediation("Remove the mapping, or keep it only for services that really drive hardware (media "
                    + "transcoding with `/dev/dri`, a serial gateway with `/dev/ttyUSB0`) and suppress the finding "
                    + "there; replace all-device cgroup rules with the one major:minor the service needs. Request "
                    + "GPUs with `deploy.resources.reservations.devices`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#devices")
            .reference("https://docs.docker.com/reference/compose-file/services/#device_cgroup_rules")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (ComposeNode item : service.devices()) {
                ComposeNode source = item.isMapping() ? item.get("source") : item;
                ComposeNode at = source.present() ? source : item;
                String device = at.interpolated().map(HostDeviceMapped::hostSide).orElse("a device");
                report(context, service, at, "service \"" + service.name() + "\" maps host device " + device
                        + " into the container; remove it unless the service drives that hardware");
            }
            for (ComposeNode item : service.get("device_cgroup_rules").items()) {
                if (item.resolved().map(HostDeviceMapped::allowsAllDevices).orElse(false)) {
                    report(context, service, item, "service \"" + service.name() + "\" has a device cgroup rule that "
                            + "allows every device; allow only the major:minor the service needs");
                }
            }
        }
    }

    private static String hostSide(String mapping) {
        String s = mapping.strip();
        int colon = s.indexOf(':');
        return colon < 0 ? s : s.substring(0, colon);
    }

    /** {@code a …}, or {@code c|b *:* …}: the rule covers every device. */
    static boolean allowsAllDevices(String rule) {
        String[] parts = rule.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) return false;
        if (parts[0].equals("a")) return true;
        return parts.length > 1 && parts[1].equals("*:*");
    }
}
