package dev.opsmith.core;

/**
 * A result of an external tool run in the analysis stage, already mapped to a span of the scanned file.
 *
 * @param tool    the tool, e.g. {@code shellcheck}
 * @param code    the tool's own code, e.g. {@code SC2086}
 * @param level   the tool's own level word, e.g. {@code warning}
 */
public record ExternalFinding(String tool, String code, String level, String message, Span span) {
}
