package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with one control-plane command line: each offending flag is its own finding on its list item; the
 * flags that are missing (where the binary's default is unsafe) are gathered into one finding on the binary.
 * Templated values are present but never judged. When the binary reads the rest of its settings from a config file
 * ({@code defaultsKnown} false), a missing flag proves nothing and is not reported.
 */
final class FlagChecks {
    /** An offending flag and what to say about it. */
    record Offence(YamlNode node, String message) {
    }

    /** TLS 1.2 suites with forward secrecy and AEAD, and the TLS 1.3 suites (which Go always enables anyway). */
    private static final Pattern STRONG_CIPHER = Pattern.compile(
            "TLS_ECDHE_(ECDSA|RSA)_WITH_(AES_128_GCM_SHA256|AES_256_GCM_SHA384|CHACHA20_POLY1305(_SHA256)?)"
                    + "|TLS_AES_128_GCM_SHA256|TLS_AES_256_GCM_SHA384|TLS_CHACHA20_POLY1305_SHA256");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private final ControlPlaneCommand command;
    private final boolean defaultsKnown;
    private final List<Offence> offences = new ArrayList<>();
    /** Missing flag → why it matters; flags with the same reason are named together. */
    private final java.util.LinkedHashMap<String, List<String>> missing = new java.util.LinkedHashMap<>();

    FlagChecks(ControlPlaneCommand command, boolean defaultsKnown) {
        this.command = command;
        this.defaultsKnown = defaultsKnown;
    }

    List<Offence> offences() {
        return offences;
    }

    /** The missing flags, grouped by reason: {@code --a, --b (why)}. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        missing.forEach((why, flags) -> out.add(String.join(", ", flags) + " (" + why + ")"));
        return out;
    }

    void offence(ControlPlaneCommand.Flag flag, String message) {
        offences.add(new Offence(flag.node(), message));
    }

    /** A flag the binary lacks ({@code --name} or {@code --name=value}) and why it matters. */
    void missing(String flag, String why) {
        if (defaultsKnown) missing.computeIfAbsent(why, k -> new ArrayList<>()).add(flag);
    }

    /** A boolean flag that defaults to true and must be set to false. */
    void mustBeFalse(String name, String why) {
        Optional<ControlPlaneCommand.Flag> f = command.flag(name);
        if (f.isEmpty()) missing("--" + name + "=false", why);
        else if (f.get().bool().orElse(false)) offence(f.get(), "--" + name + " is true: " + why + "; set --" + name + "=false");
    }

    /** A boolean flag that defaults to false and must be set to true. */
    void mustBeTrue(String name, String why) {
        Optional<ControlPlaneCommand.Flag> f = command.flag(name);
        if (f.isEmpty()) missing("--" + name + "=true", why);
        else if (!f.get().bool().orElse(true)) offence(f.get(), "--" + name + " is false: " + why + "; set --" + name + "=true");
    }

    /** A boolean flag whose default is safe, reported only when explicitly set to false. */
    void mustNotBeFalse(String name, String why) {
        command.flag(name).filter(f -> !f.bool().orElse(true))
                .ifPresent(f -> offence(f, "--" + name + " is false: " + why + "; remove it or set it to true"));
    }

    /** A boolean flag whose default is safe, reported only when explicitly set to true. */
    void mustNotBeTrue(String name, String why) {
        command.flag(name).filter(f -> f.bool().orElse(false))
                .ifPresent(f -> offence(f, "--" + name + " is true: " + why + "; remove it or set it to false"));
    }

    /** A flag that should not be used at all. */
    void mustNotBeSet(String name, String why) {
        command.flag(name).ifPresent(f -> offence(f, "--" + name + " is set: " + why + "; remove it"));
    }

    /** A flag (usually a file) that must be given. */
    void required(String name, String why) {
        if (!command.has(name)) missing("--" + name, why);
    }

    /** An integer flag that must be given and at least {@code min}. */
    void atLeast(String name, long min, String why) {
        Optional<ControlPlaneCommand.Flag> f = command.flag(name);
        if (f.isEmpty()) {
            missing("--" + name + " of at least " + min, why);
            return;
        }
        integer(f.get()).filter(v -> v < min).ifPresent(v -> offence(f.get(),
                "--" + name + "=" + v + " is below " + min + ": " + why + "; set it to " + min + " or more"));
    }

    /** {@code --tls-cipher-suites} with a suite that lacks forward secrecy or authenticated encryption. */
    void strongCiphers() {
        command.flag("tls-cipher-suites").ifPresent(f -> {
            List<String> weak = f.list().stream().filter(s -> !STRONG_CIPHER.matcher(s).matches()).toList();
            if (!weak.isEmpty()) {
                offence(f, "--tls-cipher-suites allows " + String.join(", ", weak) + ", without forward secrecy or "
                        + "authenticated encryption; keep only TLS_ECDHE_*_WITH_AES_*_GCM_* and *_CHACHA20_POLY1305 suites");
            }
        });
    }

    static Optional<Long> integer(ControlPlaneCommand.Flag flag) {
        try {
            return flag.judged().map(v -> Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A Go duration ({@code 1m30s}, {@code 300ms}, {@code 0}) in milliseconds; empty when not one. */
    static Optional<Double> durationMillis(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("0")) return Optional.of(0.0);
        if (t.isEmpty()) return Optional.empty();
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) t = t.substring(1);
        Matcher m = DURATION_PART.matcher(t);
        double total = 0;
        int at = 0;
        while (m.find() && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            total += n * switch (m.group(2)) {
                case "ns" -> 1e-6;
                case "us", "µs", "μs" -> 1e-3;
                case "ms" -> 1;
                case "s" -> 1e3;
                case "m" -> 60e3;
                default -> 3600e3;
            };
            at = m.end();
        }
        if (at != t.length()) return Optional.empty();
        return Optional.of(negative ? -total : total);
    }
}
