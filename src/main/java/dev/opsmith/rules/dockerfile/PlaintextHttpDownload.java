package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Flags artifacts and package indexes fetched over plain HTTP, where nothing protects them in transit. */
public final class PlaintextHttpDownload extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF125", "Artifact fetched over plain HTTP")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `http://` URLs given to curl or wget (not as a proxy or header value), ADD sources, "
                    + "pip `--index-url`/`-i`/`--extra-index-url`/`--find-links` and PIP_INDEX_URL/PIP_EXTRA_INDEX_URL, "
                    + "and npm/yarn/pnpm `--registry` or `config set registry`. Local addresses (localhost, 127.x, ::1) "
                    + "are accepted, and so are apt and yum repository lines, whose packages are signature-checked.")
            .rationale("Over plain HTTP anyone on the network path can read and replace what is downloaded, and "
                    + "nothing in the build notices. Unless the file is verified against a checksum or signature "
                    + "afterwards, the image contains whatever the path delivered.")
            .remediation("Use the https:// URL of the same server (nearly every mirror and registry offers it), and "
                    + "verify downloads with a checksum (ADD --checksum, sha256sum -c).")
            .reference("https://docs.docker.com/reference/dockerfile/#add")
            .reference("https://cwe.mitre.org/data/definitions/319.html")
            .build();

    private static final Set<String> SKIP_NEXT = Set.of("-x", "--proxy", "--preproxy", "-e", "--referer", "-H",
            "--header", "--noproxy", "--proxy-user", "--execute");
    private static final Set<String> NODE_TOOLS = Set.of("npm", "yarn", "pnpm");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Set<Span> reported = new HashSet<>();
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (!i.is("ADD")) continue;
            List<Word> words = i.words();
            for (int k = 0; k + 1 < words.size(); k++) {
                report(context, reported, words.get(k), "ADD");
            }
        }
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                String n = e.name();
                if (n.equals("curl") || n.equals("wget")) {
                    List<Word> a = e.args();
                    for (int k = 0; k < a.size(); k++) {
                        if (k > 0 && SKIP_NEXT.contains(a.get(k - 1).value())) continue;
                        report(context, reported, a.get(k), n);
                    }
                } else if (RunCommands.isPip(c)) {
                    for (String flag : List.of("-i", "--index-url", "--extra-index-url", "-f", "--find-links")) {
                        RunCommands.valueWord(e, flag).ifPresent(w -> report(context, reported, w, "pip " + flag));
                    }
                } else if (NODE_TOOLS.contains(n)) {
                    RunCommands.valueWord(e, "--registry").ifPresent(w -> report(context, reported, w, n + " --registry"));
                    List<Word> pos = e.positionals();
                    if (pos.size() >= 3 && pos.get(0).value().equals("config") && pos.get(1).value().equals("set")
                            && pos.get(2).value().toLowerCase(Locale.ROOT).matches("(@[^:]+:)?registry(=.*)?")) {
                        report(context, reported, pos.size() > 3 ? pos.get(3) : pos.get(2), n + " registry");
                    }
                }
            }
        }
        for (EnvAssignments.Assignment a : EnvAssignments.of(dockerfile)) {
            String name = a.name().toUpperCase(Locale.ROOT);
            if ((name.equals("PIP_INDEX_URL") || name.equals("PIP_EXTRA_INDEX_URL")) && a.value() != null) {
                String host = plainHttpHost(a.value());
                if (host != null && reported.add(a.span())) {
                    SecretShapes.report(context, a.span(), a.name() + " points pip at http://" + host
                            + ", so packages travel unprotected; use https://");
                }
            }
        }
    }

    private static void report(RuleContext context, Set<Span> reported, Word w, String what) {
        String host = plainHttpHost(w.value());
        if (host != null && reported.add(w.span())) {
            SecretShapes.report(context, w.span(), what + " fetches from http://" + host
                    + " over plain HTTP, where it can be read and replaced in transit; use https://");
        }
    }

    /** The host of a non-local plain http:// URL inside the value (after a {@code --flag=}), else null. */
    static String plainHttpHost(String value) {
        String v = value.strip();
        if (v.startsWith("-") && v.contains("=")) v = v.substring(v.indexOf('=') + 1);
        if (!v.regionMatches(true, 0, "http://", 0, 7)) return null;
        String rest = v.substring(7);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        String bare = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        String h = bare.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("0.0.0.0")) {
            return null;
        }
        return bare;
    }
}
