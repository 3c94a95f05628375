package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Word;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** pip command lines ({@code pip}, {@code pip3.12}, {@code python -m pip}, {@code uv pip}) and requirement specs. */
final class Pip {
    /** pip options that take a value (general and install options). {@code -e} is left out: its value is a spec. */
    static final Set<String> VALUE_OPTS = Set.of("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
            "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--trusted-host",
            "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy",
            "--progress-bar", "--cache-dir", "--log", "--log-file", "--proxy", "--retries", "--timeout",
            "--exists-action", "--cert", "--client-cert", "--global-option", "--config-settings", "-C", "--no-binary",
            "--only-binary", "--python", "--report", "--install-option", "--use-feature", "--keyring-provider",
            "--group", "--use-deprecated", "--resolution", "--index-strategy", "--extra", "-p");

    private static final List<String> ARCHIVES = List.of(".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip");
    private static final List<String> VCS = List.of("git+", "hg+", "svn+", "bzr+");

    /**
     * One pip invocation.
     *
     * @param command the effective command
     * @param verb    index in {@code command.args()} of the pip subcommand ({@code install}, {@code sync}, …)
     * @param uv      true for {@code uv pip …}
     */
    record Call(Command command, int verb, boolean uv) {
        String verbName() {
            return command.args().get(verb).value();
        }

        List<Word> operands() {
            return PackageCommands.operands(command, verb, VALUE_OPTS);
        }
    }

    private Pip() {
    }

    /** The pip invocation of an effective command, if it is one with a subcommand. */
    static Optional<Call> call(Command e) {
        String n = e.name();
        List<Word> a = e.args();
        int start;
        boolean uv = false;
        if (n.equals("pip") || n.matches("pip[0-9][0-9.]*")) {
            start = 0;
        } else if (n.equals("python") || n.matches("python[0-9][0-9.]*")) {
            start = -1;
            for (int i = 0; i < a.size(); i++) {
                String v = a.get(i).value();
                if (v.equals("-m") && i + 1 < a.size() && a.get(i + 1).value().equals("pip")) {
                    start = i + 2;
                    break;
                }
                if (v.equals("-mpip")) {
                    start = i + 1;
                    break;
                }
                if (!v.startsWith("-") || v.equals("-c")) return Optional.empty();
            }
            if (start < 0) return Optional.empty();
        } else if (n.equals("uv") && !a.isEmpty() && a.get(0).value().equals("pip")) {
            start = 1;
            uv = true;
        } else {
            return Optional.empty();
        }
        for (int i = start; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.startsWith("-") && v.length() > 1) {
                if (VALUE_OPTS.contains(v)) i++;
            } else {
                return Optional.of(new Call(e, i, uv));
            }
        }
        return Optional.empty();
    }

    /** The pip install invocation (not uv) of an effective command. */
    static Optional<Call> install(Command e, boolean withUv) {
        return call(e).filter(c -> c.verbName().equals("install") && (withUv || !c.uv()));
    }

    /**
     * True when a requirement spec fixes what gets installed: a version specifier ({@code ==}, {@code ~=}, {@code >=},
     * …), a local path or archive, an archive URL, or a VCS URL with an {@code @ref}; including the direct-reference
     * form {@code name @ url}.
     */
    static boolean pinned(String spec) {
        String s = spec.trim();
        int marker = s.indexOf(';');
        if (marker >= 0) s = s.substring(0, marker).trim();
        if (s.isEmpty()) return true;
        int at = directReferenceAt(s);
        if (at >= 0) return urlPinned(s.substring(at + 1).trim());
        if (s.contains("://") || startsWithVcs(s)) return urlPinned(s);
        if (s.startsWith(".") || s.startsWith("/") || s.startsWith("~") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String ext : ARCHIVES) if (lower.endsWith(ext)) return true;
        for (char c : new char[] {'=', '<', '>', '!', '~'}) if (s.indexOf(c) >= 0) return true;
        return false;
    }

    /** The bare project name of an unpinned spec ({@code requests[socks]} gives {@code requests}). */
    static String name(String spec) {
        String s = spec.trim();
        int bracket = s.indexOf('[');
        return bracket > 0 ? s.substring(0, bracket) : s;
    }

    /** Index of the {@code @} of {@code name @ url} / {@code name[extra]@url}, or -1. */
    private static int directReferenceAt(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "._-".indexOf(s.charAt(i)) >= 0)) i++;
        if (i == 0) return -1;
        if (i < s.length() && s.charAt(i) == '[') {
            int close = s.indexOf(']', i);
            if (close < 0) return -1;
            i = close + 1;
        }
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i < s.length() && s.charAt(i) == '@' ? i : -1;
    }

    /** True for a VCS requirement ({@code git+https://…}, also as {@code name @ git+…}). */
    static boolean isVcs(String spec) {
        int at = directReferenceAt(spec.trim());
        return startsWithVcs(at >= 0 ? spec.trim().substring(at + 1).trim() : spec.trim());
    }

    private static boolean startsWithVcs(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String v : VCS) if (lower.startsWith(v)) return true;
        return false;
    }

    /** A VCS URL needs {@code @ref} in its path; any other URL (an archive, a wheel) names a fixed file. */
    private static boolean urlPinned(String url) {
        if (!startsWithVcs(url)) return true;
        String u = url;
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int scheme = u.indexOf("://");
        int pathStart = scheme >= 0 ? u.indexOf('/', scheme + 3) : u.indexOf('/');
        if (pathStart < 0) return false;
        int ref = u.indexOf('@', pathStart);
        return ref >= 0 && ref < u.length() - 1;
    }
}
