package dev.opsmith.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of a scan. Immutable; post-processing (suppressions, overrides) makes changed copies.
 *
 * @param file          path relative to the scan root, forward slashes
 * @param fingerprint   stable identity from rule id, file and the offending node's normalised text
 * @param justification why it is suppressed (empty when not suppressed)
 * @param secrets       raw credential values that every output must redact; never serialised
 */
public record Finding(
        String ruleId,
        Severity severity,
        Category category,
        String title,
        String message,
        String file,
        Span span,
        String fingerprint,
        List<String> compliance,
        boolean suppressed,
        String justification,
        List<String> contexts,
        List<RelatedLocation> relatedLocations,
        Map<String, String> properties,
        List<String> secrets) {

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(span);
        compliance = List.copyOf(compliance);
        contexts = List.copyOf(contexts);
        relatedLocations = List.copyOf(relatedLocations);
        properties = Map.copyOf(properties);
        secrets = List.copyOf(secrets);
        justification = justification == null ? "" : justification;
    }

    public Finding withSeverity(Severity value) {
        return new Finding(ruleId, value, category, title, message, file, span, fingerprint, compliance,
                suppressed, justification, contexts, relatedLocations, properties, secrets);
    }

    public Finding withSuppression(String why) {
        return new Finding(ruleId, severity, category, title, message, file, span, fingerprint, compliance,
                true, why, contexts, relatedLocations, properties, secrets);
    }

    public Finding withFingerprint(String value) {
        return new Finding(ruleId, severity, category, title, message, file, span, value, compliance,
                suppressed, justification, contexts, relatedLocations, properties, secrets);
    }

    public Finding withContexts(List<String> values) {
        return new Finding(ruleId, severity, category, title, message, file, span, fingerprint, compliance,
                suppressed, justification, values, relatedLocations, properties, secrets);
    }

    public Finding withSecrets(List<String> values) {
        return new Finding(ruleId, severity, category, title, message, file, span, fingerprint, compliance,
                suppressed, justification, contexts, relatedLocations, properties, values);
    }

    /** Replaces every secret this finding knows of in {@code text} with a mask. */
    public String redact(String text) {
        String out = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) out = out.replace(secret, Redaction.mask(secret));
        }
        return out;
    }
}
