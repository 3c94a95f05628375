package dev.opsmith.rules.kubernetes;

/**
 * Values that a template engine was meant to fill in and did not (a raw Helm chart, an envsubst or Kustomize
 * placeholder). Rules never judge them: the rendered value is unknown.
 */
final class TemplateValues {
    private TemplateValues() {
    }

    /** True when the text still holds {@code {{ … }}}, {@code ${…}} / {@code $(…)} or a stray brace pair. */
    static boolean isUnrendered(String text) {
        return text.contains("{{") || text.contains("}}") || text.contains("${") || text.contains("$(");
    }
}
