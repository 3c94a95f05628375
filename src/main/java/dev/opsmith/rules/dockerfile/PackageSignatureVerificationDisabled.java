package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Flags package installs told to accept packages or repositories whose signatures are missing or not checked. */
public final class PackageSignatureVerificationDisabled extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF124", "Package signature checking disabled")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports apt `--allow-unauthenticated`, `--force-yes`, `--allow-insecure-repositories`, "
                    + "`Acquire::AllowInsecureRepositories` or `APT::Get::AllowUnauthenticated` set to true/1/yes (as "
                    + "`-o` or written into apt.conf.d), and `[trusted=yes]` source entries; apk `--allow-untrusted`; "
                    + "yum/dnf/microdnf/tdnf `--nogpgcheck` (also dnf5's --no-gpgchecks), zypper `--no-gpg-checks`, "
                    + "`gpgcheck=0|false|no` anywhere in a RUN (`--setopt`, sed, echo into a .repo file) or in a COPY "
                    + "heredoc; rpm `--nosignature`, `--nodigest`, `--noverify`, `--nofiledigest`. Normal installs and "
                    + "options such as `--allow-downgrades` are fine.")
            .rationale("Package signatures are what ties a package to its distribution's release key. Turning the "
                    + "check off lets a mirror, proxy or network attacker substitute any package, which then runs "
                    + "maintainer scripts as root and ships in the image.")
            .remediation("Import the repository's signing key (a keyring file referenced with `signed-by=`, `rpm "
                    + "--import`, `/etc/apk/keys`) and keep verification on; for local packages, sign them with an "
                    + "internal key that the image trusts.")
            .reference("https://wiki.debian.org/SecureApt")
            .reference("https://cwe.mitre.org/data/definitions/347.html")
            .equivalent("checkov", "CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11")
            .build();

    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> RPM = Set.of("yum", "dnf", "dnf5", "microdnf", "tdnf");
    private static final Pattern TEXT = Pattern.compile("(?i)(?<![a-z_])gpgcheck\\s*=\\s*(0|false|no)\\b"
            + "|\\[[^\\]]*trusted=yes[^\\]]*\\]"
            + "|(AllowInsecureRepositories|AllowUnauthenticated|AllowDowngradeToInsecureRepositories)\\s*[= ]\\s*\"?(1|true|yes)\\b");

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
                String n = e.name();
                String[] flags = APT.contains(n) ? new String[]{"--allow-unauthenticated", "--force-yes",
                        "--allow-insecure-repositories"}
                        : n.equals("apk") ? new String[]{"--allow-untrusted"}
                        : RPM.contains(n) ? new String[]{"--nogpgcheck", "--no-gpgchecks"}
                        : n.equals("zypper") ? new String[]{"--no-gpg-checks"}
                        : n.equals("rpm") ? new String[]{"--nosignature", "--nodigest", "--noverify", "--nofiledigest"}
                        : new String[0];
                if (flags.length == 0) continue;
                RunCommands.flagWord(e, flags).ifPresent(w -> {
                    if (reported.add(w.span())) {
                        SecretShapes.report(context, w.span(), n + " " + w.value() + " installs packages without checking their "
                                + "signatures; import the repository key instead");
                    }
                });
            }
        }
        for (ConfigText.Hit hit : ConfigText.find(dockerfile, TEXT)) {
            if (!reported.add(hit.span())) continue;
            SecretShapes.report(context, hit.span(), "package signature checking is turned off (" + summary(hit.text())
                    + "); import the repository key instead");
        }
    }

    private static String summary(String text) {
        var m = TEXT.matcher(text);
        return m.find() ? m.group() : text;
    }
}
