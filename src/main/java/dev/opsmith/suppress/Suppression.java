package dev.opsmith.suppress;

import dev.opsmith.core.Finding;

/**
 * One way findings are waived: a rule id, optionally narrowed to a wrapped tool's code (hadolint's
 * {@code ignore=SC2086} waives only that ShellCheck code), over a line range or the whole file.
 *
 * @param code      the external code a wildcard equivalent stands for, or null
 * @param fromLine  first line covered (1-based); ignored when {@code wholeFile}
 * @param toLine    last line covered
 */
public record Suppression(String ruleId, String code, boolean wholeFile, int fromLine, int toLine,
                          String justification) {

    public boolean covers(Finding f) {
        if (!f.ruleId().equals(ruleId)) return false;
        if (code != null && !code.equalsIgnoreCase(f.properties().getOrDefault("code", ""))) return false;
        return wholeFile || (f.span().line() >= fromLine && f.span().line() <= toLine);
    }
}
