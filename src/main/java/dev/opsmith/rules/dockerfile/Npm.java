package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;

import java.util.Locale;
import java.util.Set;

/** npm command lines and package specs. */
final class Npm {
    /** npm's install command and its aliases. */
    static final Set<String> INSTALL = Set.of("install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta",
            "isntal", "isntall", "add");
    static final Set<String> VALUE_OPTS = Set.of("--registry", "--prefix", "-C", "--cache", "--tag", "--omit",
            "--include", "-w", "--workspace", "--loglevel", "--userconfig", "--globalconfig", "--install-strategy",
            "--before", "--location", "--os", "--cpu", "--libc", "--script-shell", "--fetch-retries", "--network-concurrency");

    private Npm() {
    }

    /** The npm subcommand of an effective command ("" when not npm or none). */
    static String subcommand(Command e) {
        return e.name().equals("npm") ? PackageCommands.subcommand(e, VALUE_OPTS) : "";
    }

    /**
     * True when an npm package spec fixes a version or a fixed source: {@code name@1.2.3}, {@code name@^1},
     * {@code @scope/name@1}, aliases ({@code a@npm:b@1}), local paths and {@code file:}, tarballs (path or URL), and
     * git specs with a {@code #ref}. {@code name@latest} and bare names are not pinned.
     */
    static boolean pinned(String spec) {
        String s = spec.trim();
        if (s.isEmpty()) return true;
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.startsWith(".") || s.startsWith("/") || s.startsWith("~") || lower.startsWith("file:")) return true;
        if (lower.endsWith(".tgz") || lower.endsWith(".tar.gz") || lower.endsWith(".tar")) return true;
        boolean git = lower.startsWith("git+") || lower.startsWith("git:") || lower.startsWith("git@")
                || lower.startsWith("github:") || lower.startsWith("gitlab:")
                || lower.startsWith("bitbucket:") || lower.startsWith("gist:") || lower.contains("://")
                || (!s.startsWith("@") && s.indexOf('/') > 0);
        if (git) return s.indexOf('#') > 0 && s.indexOf('#') < s.length() - 1;
        int at = s.indexOf('@', s.startsWith("@") ? 1 : 0);
        if (at < 0 || at == s.length() - 1) return false;
        return !s.substring(at + 1).equalsIgnoreCase("latest");
    }
}
