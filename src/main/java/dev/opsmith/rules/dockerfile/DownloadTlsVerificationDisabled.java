package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** Flags curl, wget and git told not to check the server's TLS certificate. */
public final class DownloadTlsVerificationDisabled extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF121", "TLS verification disabled for downloads")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports in RUN (nested `sh -c` and ONBUILD included): `curl -k` or `--insecure` (also inside "
                    + "combined short flags such as -fsSLk), `wget --no-check-certificate`, `git -c "
                    + "http.sslVerify=false` (also http.<url>.sslVerify, and the values 0, no, off) and `git config … "
                    + "http.sslVerify false`. Trusting a private CA with `--cacert`, `--ca-certificate` or "
                    + "http.sslCAInfo is the accepted way.")
            .rationale("Without certificate checks, anyone between the build host and the server (a proxy, a "
                    + "compromised network, a DNS hijack) can serve any content, and it is built into the image as if "
                    + "it came from the real source.")
            .remediation("Remove the flag. For an internal server with a private CA, add the CA to the image "
                    + "(`COPY corp-ca.crt /usr/local/share/ca-certificates/` and `update-ca-certificates`) or point "
                    + "the tool at it (`curl --cacert`, `git -c http.sslCAInfo=`).")
            .reference("https://curl.se/docs/sslcerts.html")
            .reference("https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify")
            .reference("https://cwe.mitre.org/data/definitions/295.html")
            .equivalent("checkov", "CKV2_DOCKER_2", "CKV2_DOCKER_3")
            .build();

    private static final Pattern GIT_SSL_OFF = Pattern.compile("(?i)^http(\\..+)?\\.sslverify=(false|0|no|off)$");
    private static final Pattern GIT_SSL_KEY = Pattern.compile("(?i)^http(\\..+)?\\.sslverify$");
    private static final Pattern FALSE = Pattern.compile("(?i)false|0|no|off");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                switch (e.name()) {
                    case "curl" -> RunCommands.flagWord(e, "-k", "--insecure").ifPresent(w -> SecretShapes.report(context, w.span(),
                            "curl " + w.value() + " turns off certificate checks; trust a private CA with --cacert instead"));
                    case "wget" -> RunCommands.flagWord(e, "--no-check-certificate").ifPresent(w -> SecretShapes.report(context, w.span(),
                            "wget --no-check-certificate turns off certificate checks; trust a private CA with "
                                    + "--ca-certificate instead"));
                    case "git" -> git(e, context);
                    default -> {
                    }
                }
            }
        }
    }

    private static void git(Command e, RuleContext context) {
        List<Word> a = e.args();
        for (int i = 0; i + 1 < a.size(); i++) {
            if (a.get(i).value().equals("-c") && GIT_SSL_OFF.matcher(a.get(i + 1).value()).matches()) {
                SecretShapes.report(context, a.get(i + 1).span(), "git -c " + a.get(i + 1).value()
                        + " turns off certificate checks; trust a private CA with http.sslCAInfo instead");
            }
        }
        if (RunCommands.gitSubcommand(e).equals("config")) {
            List<Word> pos = e.positionals("-f", "--file", "--blob", "--type");
            for (int i = 0; i + 1 < pos.size(); i++) {
                if (GIT_SSL_KEY.matcher(pos.get(i).value()).matches() && FALSE.matcher(pos.get(i + 1).value()).matches()) {
                    SecretShapes.report(context, pos.get(i).span(), "git config " + pos.get(i).value() + " " + pos.get(i + 1).value()
                            + " turns off certificate checks; trust a private CA with http.sslCAInfo instead");
                }
            }
        }
    }
}
