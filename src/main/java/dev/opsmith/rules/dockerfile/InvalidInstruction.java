package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Instructions that tokenise fine but that BuildKit refuses when it reads them: typos in keywords or flags, a SHELL
 * not in JSON form, a malformed FROM or HEALTHCHECK. Catching them here saves a failed pipeline run.
 */
public final class InvalidInstruction extends DockerfileRule {
    /** Flags each instruction accepts; instructions missing here accept none (ARG and STOPSIGNAL ignore flags). */
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "FROM", Set.of("platform"),
            "RUN", Set.of("mount", "network", "security", "device"),
            "COPY", Set.of("from", "chown", "chmod", "link", "parents", "exclude"),
            "ADD", Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude", "parents"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));
    private static final Set<String> FLAGS_IGNORED = Set.of("ARG", "STOPSIGNAL", "ONBUILD");
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
    private static final Pattern DURATION = Pattern.compile("[+-]?((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+|[+-]?0");
    private static final Set<String> DURATION_FLAGS = Set.of("interval", "timeout", "start-period", "start-interval");

    static final RuleMeta META = RuleMeta.builder("DF143", "Instruction that Docker rejects")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports instructions the file parser accepts but BuildKit refuses: an unknown keyword (with "
                    + "the closest known one suggested), a flag the instruction does not take (`COPY --chwon`), "
                    + "`SHELL` not written as a JSON array, a FROM that is not `image [AS name]` or whose stage name "
                    + "is invalid, and HEALTHCHECK with a type other than CMD or NONE, arguments after NONE, no "
                    + "command after CMD, a malformed or sub-millisecond duration, or a negative or non-numeric "
                    + "`--retries`. ONBUILD triggers are checked too. Files that cannot be tokenised at all (for example "
                    + "COPY with a single argument) are reported as `PARSE` instead; forbidden ONBUILD triggers are "
                    + "DF145.")
            .rationale("These mistakes only surface when the build runs, often late in a pipeline or, for ONBUILD "
                    + "triggers, in a downstream team's build. Finding them at review time keeps the delivery chain "
                    + "green and avoids emergency fixes.")
            .remediation("Fix the instruction as the message says: correct the keyword or flag spelling, write SHELL "
                    + "as `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`, use `FROM image AS name` with a "
                    + "lower-case name that starts with a letter, and give HEALTHCHECK durations such as `30s`.")
            .reference("https://docs.docker.com/reference/dockerfile/")
            .reference("https://docs.docker.com/reference/dockerfile/#healthcheck")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            check(ins, "", context);
            if (ins.is("ONBUILD") && ins.inner() != null) check(ins.inner(), "ONBUILD trigger ", context);
        }
    }

    private static void check(Instruction ins, String prefix, RuleContext context) {
        if (!ins.known()) {
            String suggestion = closest(ins.keyword());
            context.report(ins.keywordSpan(), prefix + "unknown instruction " + ins.keyword()
                    + (suggestion != null ? "; did you mean " + suggestion + "?" : "; Docker stops the build here"));
            return;
        }
        checkFlags(ins, prefix, context);
        if (ins.is("SHELL")) {
            if (!ins.execForm()) {
                context.report(ins.argumentsSpan(), prefix + "SHELL must be a JSON array such as [\"/bin/sh\", \"-c\"]; "
                        + "Docker rejects any other form");
            } else if (ins.words().isEmpty()) {
                context.report(ins.argumentsSpan(), prefix + "SHELL [] names no shell; give the executable and its "
                        + "arguments, e.g. [\"/bin/sh\", \"-c\"]");
            }
        } else if (ins.is("FROM")) {
            checkFrom(ins, prefix, context);
        } else if (ins.is("HEALTHCHECK")) {
            checkHealthcheck(ins, prefix, context);
        } else if (ins.is("VOLUME") && ins.execForm()) {
            for (Word w : ins.words()) {
                if (w.value().isBlank()) context.report(w.span(), prefix + "VOLUME with an empty path is rejected; remove it");
            }
        }
    }

    private static void checkFlags(Instruction ins, String prefix, RuleContext context) {
        if (FLAGS_IGNORED.contains(ins.keyword()) || ins.isHealthcheckNone()) return;
        Set<String> allowed = FLAGS.getOrDefault(ins.keyword(), Set.of());
        for (Flag f : ins.flags()) {
            if (allowed.contains(f.name())) continue;
            String hint = allowed.isEmpty() ? ins.keyword() + " takes no flags"
                    : "it accepts " + String.join(", ", new TreeSet<>(allowed).stream().map(n -> "--" + n).toList());
            String near = nearest(f.name(), allowed);
            context.report(f.span(), prefix + ins.keyword() + " has no flag --" + f.name() + " (" + hint + ")"
                    + (near != null ? "; did you mean --" + near + "?" : ""));
        }
    }

    private static void checkFrom(Instruction from, String prefix, RuleContext context) {
        List<Word> w = from.words();
        if (w.size() == 1) return;
        if (w.size() != 3 || !w.get(1).value().equalsIgnoreCase("AS")) {
            context.report(from.argumentsSpan(), prefix + "FROM takes an image and optionally `AS name`; remove the "
                    + "extra words");
            return;
        }
        String name = w.get(2).value().toLowerCase(Locale.ROOT);
        if (!STAGE_NAME.matcher(name).matches()) {
            context.report(w.get(2).span(), prefix + "invalid stage name '" + w.get(2).value() + "': it must start with a "
                    + "letter and contain only letters, digits, '-', '_' and '.'");
        }
    }

    private static void checkHealthcheck(Instruction hc, String prefix, RuleContext context) {
        String args = hc.arguments();
        String[] parts = args.split("\\s+", 2);
        String type = parts[0].toUpperCase(Locale.ROOT);
        if (type.equals("NONE")) {
            if (parts.length > 1 && !parts[1].isBlank()) {
                context.report(hc.argumentsSpan(), prefix + "HEALTHCHECK NONE takes no arguments; remove what follows NONE");
            }
            return;
        }
        if (!type.equals("CMD")) {
            context.report(hc.argumentsSpan(), prefix + "HEALTHCHECK type '" + parts[0] + "' is unknown; write "
                    + "HEALTHCHECK [options] CMD <command> or HEALTHCHECK NONE");
            return;
        }
        if (hc.words().isEmpty()) {
            context.report(hc.argumentsSpan(), prefix + "HEALTHCHECK CMD has no command; add the command to run");
        }
        for (Flag f : hc.flags()) {
            String v = f.value() == null ? "" : f.value();
            if (DURATION_FLAGS.contains(f.name()) && !v.isEmpty()) {
                if (!DURATION.matcher(v).matches()) {
                    context.report(f.span(), prefix + "HEALTHCHECK --" + f.name() + "=" + v + " is not a duration; "
                            + "write it like 30s, 1m30s or 500ms");
                } else if (v.startsWith("-") || belowOneMillisecond(v)) {
                    context.report(f.span(), prefix + "HEALTHCHECK --" + f.name() + "=" + v + " must be 0 or at least "
                            + "1ms; write it like 30s");
                }
            } else if (f.name().equals("retries") && !v.isEmpty()) {
                long retries;
                try {
                    retries = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    context.report(f.span(), prefix + "HEALTHCHECK --retries=" + v + " is not a whole number");
                    continue;
                }
                if (retries < 0 || retries > Integer.MAX_VALUE) {
                    context.report(f.span(), prefix + "HEALTHCHECK --retries=" + v + " must be between 0 and "
                            + Integer.MAX_VALUE);
                }
            }
        }
    }

    /** True when a well-formed, non-zero duration is shorter than one millisecond. */
    static boolean belowOneMillisecond(String duration) {
        double nanos = 0;
        java.util.regex.Matcher m = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)").matcher(duration);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            nanos += n * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us", "µs", "μs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
        }
        return nanos > 0 && nanos < 1e6;
    }

    private static String closest(String keyword) {
        return nearest(keyword, Instruction.KNOWN);
    }

    /** The candidate within edit distance 2 (case-insensitive), or null. Ties go to the alphabetically first. */
    static String nearest(String word, Set<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : new TreeSet<>(candidates)) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Edit distance where swapping two adjacent characters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
