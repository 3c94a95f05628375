package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/**
 * Marks credential values of a report as secret, in every form an output might show them: the value as YAML reads
 * it, the raw text as written in the file (quotes, escapes, block indentation), and each line of a multi-line value.
 */
final class SecretRedaction {
    private SecretRedaction() {
    }

    /** Marks a scalar's value and its raw text (and any {@code extra} forms, such as a decoded value) as secret. */
    static RuleContext.Report mark(RuleContext context, RuleContext.Report report, YamlNode value, String... extra) {
        value.text().ifPresent(v -> secret(report, v));
        if (value.present() && value.isScalar()) secret(report, context.source().text(value.span()));
        for (String e : extra) secret(report, e);
        return report;
    }

    /** Marks values (a credential found inside a longer text, a decoded value) as secret. */
    static RuleContext.Report values(RuleContext.Report report, String... values) {
        for (String v : values) secret(report, v);
        return report;
    }

    /**
     * Marks {@code value} as secret when it sits on one of the lines of {@code reported} (a flow mapping such as
     * {@code - {name: DB_PASSWORD, value: s3cr3t}}), since outputs show the reported lines whole.
     */
    static void markIfOnLines(RuleContext context, RuleContext.Report report, Span reported, YamlNode value) {
        if (!value.present() || !value.isScalar() || value.text().orElse("").isBlank()) return;
        Span v = value.span();
        if (v.line() <= reported.endLine() && v.endLine() >= reported.line()) mark(context, report, value);
    }

    private static void secret(RuleContext.Report report, String value) {
        if (value == null || value.isBlank()) return;
        report.secret(value);
        String stripped = value.strip();
        if (!stripped.equals(value)) report.secret(stripped);
        if (stripped.length() >= 2 && (stripped.startsWith("\"") || stripped.startsWith("'"))) {
            report.secret(stripped.substring(1, stripped.length() - 1));
        }
        if (value.indexOf('\n') >= 0) {
            for (String line : value.split("\r?\n")) {
                String l = line.strip();
                if (l.length() >= 4) report.secret(l);
            }
        }
    }
}
