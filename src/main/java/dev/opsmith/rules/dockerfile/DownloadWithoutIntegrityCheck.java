package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;
import java.util.Set;

/** Flags files downloaded by curl or wget that the same RUN never checks against a checksum or signature. */
public final class DownloadWithoutIntegrityCheck extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF127", "File downloaded in RUN without integrity check")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports curl commands that save a file (`-o`, `-O`, `--output`, `--remote-name`, or a `>` "
                    + "redirect to a file) and wget commands that save one (anything but `-O -`), in RUN instructions "
                    + "(nested `sh -c` and ONBUILD included) where no later command of the same RUN verifies it: "
                    + "`sha256sum -c`, `sha512sum -c`, `sha384sum -c`, `shasum -c`, `gpg --verify`, `gpgv`, "
                    + "`cosign verify*`, `minisign -V` or `openssl dgst -verify`. Downloads piped straight into another "
                    + "command are not file downloads (DF120 covers piping into a shell).")
            .rationale("Without a checksum or signature check the build trusts that the server, every mirror and the "
                    + "network delivered the intended file. A recorded digest also documents exactly which artifact "
                    + "the image contains, which audits and incident response rely on.")
            .remediation("Pin the expected digest next to the version and check it in the same RUN: "
                    + "`curl -fsSLo app.tgz $URL && echo \"$APP_SHA256  app.tgz\" | sha256sum -c -`, or verify a "
                    + "signature (gpg --verify, cosign verify-blob). ADD --checksum does the same for a single file.")
            .reference("https://docs.docker.com/reference/dockerfile/#add---checksum")
            .reference("https://cwe.mitre.org/data/definitions/494.html")
            .build();

    private static final Set<String> SUMS = Set.of("sha256sum", "sha512sum", "sha384sum", "sha224sum", "shasum",
            "b2sum");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (!savesFile(c, e)) continue;
                boolean verified = run.after(c).stream().anyMatch(DownloadWithoutIntegrityCheck::verifies);
                if (!verified) {
                    SecretShapes.report(context, c.span(), e.name() + " saves a download that this RUN never verifies; check it with "
                            + "sha256sum -c (or a signature) before use");
                }
            }
        }
    }

    private static boolean savesFile(Command c, Command e) {
        if (e.name().equals("curl")) {
            Optional<Word> out = RunCommands.valueWord(e, "-o", "--output");
            if (out.isPresent()) {
                String v = out.get().value();
                if (v.startsWith("--output=")) v = v.substring(9);
                else if (v.startsWith("-o")) v = v.substring(2);
                return !v.equals("/dev/null") && !v.equals("-");
            }
            if (RunCommands.flagWord(e, "-O", "--remote-name", "--remote-name-all").isPresent()) return true;
            if (RunCommands.flagWord(e, "-o").isPresent()) return true;
            for (Word r : c.redirects()) {
                String v = r.value();
                if ((v.startsWith(">") || v.startsWith("1>")) && !v.contains("&") && !v.endsWith("/dev/null")) return true;
            }
            return false;
        }
        if (e.name().equals("wget")) {
            if (e.hasFlag("--spider")) return false;
            for (int i = 0; i < e.args().size(); i++) {
                String v = e.args().get(i).value();
                String next = i + 1 < e.args().size() ? e.args().get(i + 1).value() : "";
                if (v.equals("--output-document=-") || v.equals("-O-") || v.matches("-[a-zA-Z]*O-")
                        || ((v.equals("--output-document") || v.matches("-[a-zA-Z]*O")) && next.equals("-"))) {
                    return false;
                }
            }
            return !c.pipedTo() || RunCommands.flagWord(e, "-O", "--output-document").isPresent();
        }
        return false;
    }

    private static boolean verifies(Command c) {
        Command e = c.effective();
        String n = e.name();
        if (SUMS.contains(n)) return e.hasFlag("-c", "--check");
        if (n.equals("gpg") || n.equals("gpg2")) return e.hasFlag("--verify", "--verify-files");
        if (n.equals("gpgv") || n.equals("gpgv2")) return true;
        if (n.equals("cosign")) return !e.positionals().isEmpty() && e.positionals().get(0).value().startsWith("verify");
        if (n.equals("minisign")) return e.hasFlag("-V");
        if (n.equals("openssl")) return e.args().stream().anyMatch(w -> w.value().equals("-verify"));
        return false;
    }
}
