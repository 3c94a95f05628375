package dev.opsmith.core;

/** Another place that matters to a finding (a stage a COPY refers to, a values file line, a module call). */
public record RelatedLocation(String file, Span span, String message) {
}
