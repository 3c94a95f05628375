package dev.opsmith.core;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter needs, already deterministic: findings sorted by file, line, column, rule id.
 *
 * @param root          the scan root (the single directory given, else the working directory), as shown
 * @param rootPath      the scan root on disk
 * @param repositoryRoot the git work tree containing the root, or the root (SARIF URIs are relative to it)
 * @param findings      shown findings (at or above the severity threshold), suppressed ones included
 * @param rules         metadata of every rule that ran (plus PARSE and tool wrappers), sorted by id
 * @param externalTools external tool name to version, for tools that ran
 * @param files         files scanned
 * @param parseErrors   files that could not be parsed
 * @param failing       unsuppressed findings at or above fail-on, counted before the severity threshold
 */
public record ScanResult(
        ToolInfo tool,
        String root,
        Path rootPath,
        Path repositoryRoot,
        List<Finding> findings,
        List<RuleMeta> rules,
        Map<String, String> externalTools,
        List<Notice> notices,
        int files,
        int parseErrors,
        int failing,
        long durationMs) {

    public ScanResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        externalTools = Map.copyOf(externalTools);
        notices = List.copyOf(notices);
    }

    /** Unsuppressed shown findings per severity, every severity present (zero when none). */
    public Map<Severity, Integer> bySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0);
        for (Finding f : findings) {
            if (!f.suppressed()) counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    public int unsuppressedCount() {
        return (int) findings.stream().filter(f -> !f.suppressed()).count();
    }

    public int suppressedCount() {
        return (int) findings.stream().filter(Finding::suppressed).count();
    }

    /** SARIF URI of a finding's file: relative to the repository root, forward slashes. */
    public String repositoryPath(String file) {
        Path abs = rootPath.resolve(file).normalize();
        Path rel = repositoryRoot.relativize(abs);
        return rel.toString().replace('\\', '/');
    }
}
