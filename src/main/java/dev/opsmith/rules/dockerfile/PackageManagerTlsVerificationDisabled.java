package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Flags pip, npm/yarn/pnpm and yum/dnf configured to accept any TLS certificate from their package servers. */
public final class PackageManagerTlsVerificationDisabled extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF122", "Package manager told to skip TLS verification")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports package managers set to skip certificate checks: pip `--trusted-host`, "
                    + "`pip config set … trusted-host` and PIP_TRUSTED_HOST (ENV, ARG or inline); `npm|yarn|pnpm config "
                    + "set strict-ssl false`, yarn's `enableStrictSsl false`, `--strict-ssl=false`, and "
                    + "NPM_CONFIG_STRICT_SSL=false or YARN_ENABLE_STRICT_SSL=false; `sslverify=0|false|no|off` for "
                    + "yum/dnf, whether passed as `--setopt`, written into a .repo or yum.conf file by a RUN, or in a "
                    + "COPY heredoc. Client certificates (`--cert`, `--client-cert`) and HTTPS indexes are fine.")
            .rationale("A package manager that accepts any certificate installs whatever an interceptor serves in "
                    + "place of the real packages, and those packages run as root during the build and ship in the "
                    + "image. pip's trusted-host also allows plain HTTP for that host.")
            .remediation("Serve the index over HTTPS with a certificate the image trusts: add the internal CA to the "
                    + "system store (update-ca-certificates) and point the tool at it (`PIP_CERT`, `npm config set "
                    + "cafile`, `sslcacert=` in the .repo file).")
            .reference("https://pip.pypa.io/en/stable/topics/https-certificates/")
            .reference("https://docs.npmjs.com/cli/v10/using-npm/config#strict-ssl")
            .reference("https://cwe.mitre.org/data/definitions/295.html")
            .equivalent("checkov", "CKV2_DOCKER_4", "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_15",
                    "CKV2_DOCKER_16")
            .build();

    private static final Pattern SSLVERIFY_OFF = Pattern.compile("(?i)(?<![a-z_])sslverify\\s*=\\s*(0|false|no|off)\\b");
    private static final Set<String> NODE_TOOLS = Set.of("npm", "yarn", "pnpm");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Set<Span> reported = new HashSet<>();
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (RunCommands.isPip(c)) {
                    RunCommands.flagWord(e, "--trusted-host").ifPresent(w -> report(context, reported, w.span(),
                            "pip --trusted-host skips certificate checks (and allows HTTP) for that index; trust its CA instead"));
                    configSet(e, List.of("trusted-host"), false).ifPresent(w -> report(context, reported, w.span(),
                            "pip config set " + w.value() + " skips certificate checks for that index; trust its CA instead"));
                }
                if (NODE_TOOLS.contains(e.name())) {
                    configSet(e, List.of("strict-ssl", "enablestrictssl"), true).ifPresent(w -> report(context, reported,
                            w.span(), e.name() + " config set " + w.value() + " turns off certificate checks for the "
                                    + "registry; set cafile to the registry's CA instead"));
                    RunCommands.valueWord(e, "--strict-ssl").ifPresent(w -> {
                        String v = w.value().startsWith("--strict-ssl=") ? w.value().substring(13) : w.value();
                        if (FALSE.contains(v.toLowerCase(Locale.ROOT))) {
                            report(context, reported, w.span(), e.name() + " --strict-ssl=false turns off certificate "
                                    + "checks for the registry; set cafile to the registry's CA instead");
                        }
                    });
                }
            }
        }
        for (EnvAssignments.Assignment a : EnvAssignments.of(dockerfile)) {
            String name = a.name().toUpperCase(Locale.ROOT);
            String value = a.value() == null ? "" : a.value().strip().toLowerCase(Locale.ROOT);
            if (name.equals("PIP_TRUSTED_HOST") && !value.isEmpty()) {
                report(context, reported, a.span(), "PIP_TRUSTED_HOST makes pip skip certificate checks (and allow "
                        + "HTTP) for " + a.value() + "; trust the index's CA instead");
            } else if ((name.equals("NPM_CONFIG_STRICT_SSL") || name.equals("YARN_ENABLE_STRICT_SSL"))
                    && FALSE.contains(value)) {
                report(context, reported, a.span(), a.name() + "=" + a.value() + " turns off certificate checks for "
                        + "the registry; set the registry's CA (NPM_CONFIG_CAFILE) instead");
            }
        }
        for (ConfigText.Hit hit : ConfigText.find(dockerfile, SSLVERIFY_OFF)) {
            report(context, reported, hit.span(), "sslverify is turned off for a yum/dnf repository; install its CA "
                    + "and set sslcacert instead");
        }
    }

    private static void report(RuleContext context, Set<Span> reported, Span span, String message) {
        if (reported.add(span)) SecretShapes.report(context, span, message);
    }

    /** {@code config set <key> <value>} (or {@code <key>=<value>}) with one of these keys; the key word. */
    private static java.util.Optional<Word> configSet(Command e, List<String> keys, boolean needsFalse) {
        List<Word> pos = e.positionals();
        if (pos.size() < 3 || !pos.get(0).value().equals("config") || !pos.get(1).value().equals("set")) {
            return java.util.Optional.empty();
        }
        String raw = pos.get(2).value().toLowerCase(Locale.ROOT);
        String key = raw.contains("=") ? raw.substring(0, raw.indexOf('=')) : raw;
        String value = raw.contains("=") ? raw.substring(raw.indexOf('=') + 1) : pos.size() > 3 ? pos.get(3).value() : "";
        for (String k : keys) {
            if (key.equals(k) || key.endsWith("." + k)) {
                if (!needsFalse || FALSE.contains(value.toLowerCase(Locale.ROOT))) return java.util.Optional.of(pos.get(2));
            }
        }
        return java.util.Optional.empty();
    }
}
