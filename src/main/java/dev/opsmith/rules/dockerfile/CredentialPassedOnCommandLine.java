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
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags RUN commands that receive a credential as an argument or through a build variable instead of a secret
 * mount: RUN text is kept in the image history, and the credential often also lands in a config file of the layer.
 */
public final class CredentialPassedOnCommandLine extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF104", "Credential passed to a RUN command instead of a secret mount")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports, in RUN instructions without `--mount=type=secret` or `--mount=type=ssh` (nested "
                    + "`sh -c` scripts and ONBUILD RUN included): `aws configure set aws_secret_access_key|"
                    + "aws_session_token`, `docker|podman|helm … login -p/--password`, `az login -p/--password`, "
                    + "`npm|yarn|pnpm config set …_authToken|_auth|_password|npmAuthToken`, echo/printf of a token or "
                    + "password into .npmrc, .netrc, .pypirc, .git-credentials or .docker/config.json, `curl -u "
                    + "user:password`, any `--password=`/`--http-password=`, `gcloud auth activate-service-account "
                    + "--key-file`, and any expansion of a variable whose name marks a credential (see DF100). "
                    + "`--password-stdin` fed from a secret file is accepted. Literal credentials are masked in every "
                    + "output.")
            .rationale("The full text of every RUN is stored in the image history (`docker history --no-trunc`), and "
                    + "build arguments it expands are recorded with it. Commands such as `aws configure` or "
                    + "`npm config set` also write the credential to a file in the layer. A secret mount is never "
                    + "written to the image or its history.")
            .remediation("Mount the credential for the one command that needs it: `RUN --mount=type=secret,id=npm,"
                    + "target=/root/.npmrc npm ci`, `RUN --mount=type=secret,id=aws,target=/root/.aws/credentials "
                    + "aws s3 cp …`, or `--mount=type=secret,id=token,env=GITHUB_TOKEN`, and pass the value with "
                    + "`docker build --secret id=…`.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .reference("https://docs.docker.com/reference/dockerfile/#run---mounttypesecret")
            .reference("https://cwe.mitre.org/data/definitions/214.html")
            .build();

    private static final Set<String> LOGIN_TOOLS = Set.of("docker", "podman", "buildah", "helm", "oras", "skopeo",
            "crane", "nerdctl");
    private static final Set<String> CREDENTIAL_FILES = Set.of(".npmrc", ".netrc", "_netrc", ".pypirc",
            ".git-credentials", "config.json");
    private static final Pattern AUTH_WORDS = Pattern.compile("(?i)_auth|password|passwd|token|secret");
    private static final Pattern AUTH_VALUE = Pattern.compile(
            "(?i)(?:_authToken|_auth|_password|password|passwd|token|secret)\"?\\s*[=:]?\\s*\"?([^\\s\"']+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            if (run.mounts("secret", "ssh")) continue;
            Set<Span> reported = new HashSet<>();
            for (Command c : run.commands()) {
                Command e = c.effective();
                List<Finding> found = new ArrayList<>();
                specific(e, found);
                for (Finding f : found) {
                    if (!reported.add(f.at.span())) continue;
                    RuleContext.Report r = SecretShapes.report(context, f.at.span(), f.message
                            + "; use RUN --mount=type=secret instead");
                    redact(r, f.credentials);
                }
                for (Word w : found.isEmpty() ? c.words() : List.<Word>of()) {
                    for (String name : SecretShapes.referencedNames(w.raw())) {
                        if (!SecretShapes.sensitiveName(name) || !reported.add(w.span())) continue;
                        SecretShapes.report(context, w.span(), "RUN expands the credential variable $" + name
                                + ": its value is recorded in the image history; use RUN --mount=type=secret,env="
                                + name + " instead").property("variable", name);
                        break;
                    }
                }
            }
        }
    }

    private record Finding(Word at, String message, List<String> credentials) {
    }

    private static void redact(RuleContext.Report r, List<String> credentials) {
        List<String> masked = new ArrayList<>();
        for (String c : credentials) {
            if (SecretShapes.mustRedact(c) && !SecretShapes.isPureReference(c)) {
                r.secret(c);
                masked.add(c);
            }
        }
        if (!masked.isEmpty()) r.property("credential", "redacted");
    }

    private static void specific(Command e, List<Finding> out) {
        String n = e.name();
        List<Word> pos = e.positionals();
        List<String> p = pos.stream().map(w -> w.value().toLowerCase(Locale.ROOT)).toList();
        if (n.equals("aws") && p.size() >= 4 && p.get(0).equals("configure") && p.get(1).equals("set")
                && (p.get(2).endsWith("aws_secret_access_key") || p.get(2).endsWith("aws_session_token"))) {
            out.add(new Finding(pos.get(3), "aws configure set " + pos.get(2).value()
                    + " writes the credential (redacted) into the image", List.of(pos.get(3).value())));
        }
        if ((LOGIN_TOOLS.contains(n) && p.contains("login")) || (n.equals("az") && !p.isEmpty() && p.get(0).equals("login"))) {
            Optional<Word> pw = RunCommands.valueWord(e, "-p", "--password");
            pw.ifPresent(w -> out.add(new Finding(w, n + " login takes the password (redacted) on the command line",
                    List.of(afterEquals(w.value(), "--password"), w.value().startsWith("-p") ? w.value().substring(2) : w.value()))));
        }
        if ((n.equals("npm") || n.equals("yarn") || n.equals("pnpm")) && p.size() >= 3 && p.get(0).equals("config")
                && p.get(1).equals("set")) {
            String key = p.get(2);
            if (key.contains("_authtoken") || key.contains("_auth") || key.contains("_password")
                    || key.contains("npmauthtoken")) {
                String raw = pos.get(2).value();
                String value = raw.contains("=") ? raw.substring(raw.indexOf('=') + 1) : p.size() >= 4 ? pos.get(3).value() : "";
                Word at = raw.contains("=") || pos.size() < 4 ? pos.get(2) : pos.get(3);
                out.add(new Finding(at, n + " config set stores a registry credential (redacted) in .npmrc in the layer",
                        List.of(value)));
            }
        }
        if ((n.equals("echo") || n.equals("printf")) && writesCredentialFile(e)) {
            List<String> creds = new ArrayList<>();
            boolean auth = false;
            for (Word w : e.args()) {
                if (AUTH_WORDS.matcher(w.value()).find()) auth = true;
                Matcher m = AUTH_VALUE.matcher(w.value());
                while (m.find()) creds.add(m.group(1));
                for (CredentialShapes.Token t : SecretShapes.tokens(w.value())) creds.add(t.text());
            }
            if (auth && e.nameWord().isPresent()) {
                out.add(new Finding(e.nameWord().get(), n + " writes a credential into a tool's credential file in the layer",
                        creds));
            }
        }
        if (n.equals("curl")) {
            RunCommands.valueWord(e, "-u", "--user").ifPresent(w -> {
                String v = afterFlag(w.value(), "-u", "--user");
                int colon = v.indexOf(':');
                if (colon >= 0 && colon + 1 < v.length()) {
                    out.add(new Finding(w, "curl -u passes a password (redacted) on the command line",
                            List.of(v.substring(colon + 1))));
                }
            });
        }
        for (String flag : List.of("--password", "--http-password", "--ftp-password", "--proxy-password")) {
            RunCommands.valueWord(e, flag).ifPresent(w -> {
                String v = afterEquals(w.value(), flag);
                if (!v.isEmpty()) {
                    out.add(new Finding(w, n + " " + flag + " passes a password (redacted) on the command line",
                            List.of(v)));
                }
            });
        }
        if (n.equals("gcloud") && p.size() >= 2 && p.get(0).equals("auth") && p.get(1).equals("activate-service-account")) {
            RunCommands.flagWord(e, "--key-file").ifPresent(w -> out.add(new Finding(w,
                    "gcloud auth activate-service-account --key-file leaves the service account key and its token "
                            + "cache in the image", List.of())));
        }
    }

    private static boolean writesCredentialFile(Command c) {
        for (Word r : c.redirects()) {
            String v = r.value();
            if (!v.startsWith(">") && !v.matches("[0-9]*>.*")) continue;
            String target = v.replaceFirst("^[0-9]*>>?\\|?", "");
            String name = target.substring(target.lastIndexOf('/') + 1);
            if (CREDENTIAL_FILES.contains(name) && (!name.equals("config.json") || target.contains(".docker"))) return true;
        }
        return false;
    }

    private static String afterEquals(String word, String flag) {
        return word.startsWith(flag + "=") ? word.substring(flag.length() + 1) : word;
    }

    private static String afterFlag(String word, String shortFlag, String longFlag) {
        if (word.startsWith(longFlag + "=")) return word.substring(longFlag.length() + 1);
        if (word.startsWith(shortFlag) && word.length() > 2) return word.substring(2);
        return word;
    }
}
