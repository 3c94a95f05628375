package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;


/** Without no-new-privileges a setuid binary in the image turns a compromised process into root. */
public final class NoNewPrivilegesNotSet extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP012", "no-new-privileges not enabled")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service whose merged `security_opt` (every file of the project together) has no "
                    + "`no-new-privileges`, `no-new-privileges:true` or `no-new-privileges=true` item, including a "
                    + "service without `security_opt`, and one that sets it to `false`. Points at the `false` item, "
                    + "else at `security_opt`, else at the service's key in the file that first defines it. "
                    + "Privileged services are left to CMP001, and a service with an item that uses an unresolved "
                    + "variable is skipped.")
            .rationale("The flag makes the kernel refuse privilege gains through `execve`: setuid and setgid "
                    + "binaries and file capabilities in the image stop working as a way up. Without it, code "
                    + "execution as an unprivileged user is one `su`, `sudo` or vulnerable setuid helper away from "
                    + "root in the container, which is the first step of most container escapes.")
            .remediation("Add `security_opt: [\"no-new-privileges:true\"]` to the service (or set "
                    + "`\"no-new-privileges\": true` in the daemon's `daemon.json` for every container).")
            .reference("https://docs.docker.com/reference/cli/docker/container/run/#security-opt")
            .reference("https://docs.docker.com/reference/compose-file/services/#security_opt")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            if (service.privileged().bool().orElse(false)) continue;
            // an item decided by the shell may well be the flag: no guess
            if (service.securityOpt().stream().anyMatch(ComposeNode::isUnresolved)) continue;
            boolean enabled = false;
            ComposeNode disabled = null;
            for (SecurityOptions.Option option : SecurityOptions.of(service)) {
                if (!option.key().equals("no-new-privileges")) continue;
                Boolean value = option.value().isEmpty() ? Boolean.TRUE : parseBool(option.value());
                if (Boolean.TRUE.equals(value)) enabled = true;
                else if (Boolean.FALSE.equals(value)) disabled = option.item();
            }
            if (enabled) continue;
            String message = "service \"" + service.name() + "\" %s; add \"no-new-privileges:true\" to security_opt "
                    + "so setuid binaries cannot raise its privileges";
            ComposeNode securityOpt = service.get("security_opt");
            if (disabled != null) {
                report(context, service, disabled, String.format(message, "turns no-new-privileges off"));
            } else if (securityOpt.present()) {
                // at the key of the file that wrote the last security_opt, so the finding is made once
                if (securityOpt.local()) report(context, service, securityOpt.keySpan(), String.format(message,
                        "does not enable no-new-privileges in security_opt"));
            } else {
                reportMissing(context, service, String.format(message, "does not enable no-new-privileges"));
            }
        }
    }

    /** Docker reads the value with Go's {@code strconv.ParseBool}. */
    private static Boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "true" -> Boolean.TRUE;
            case "0", "f", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
