package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.Locale;

/**
 * The image of a {@code FROM}, parsed from its text after ARG expansion.
 * {@code registry.example.com:5000/team/app:1.2@sha256:abc} gives registry {@code registry.example.com:5000},
 * repository {@code team/app}, tag {@code 1.2}, digest {@code sha256:abc}. No {@code docker.io/library/} normalisation.
 *
 * @param text                  as written
 * @param resolved              after ARG expansion (unknown variables left as written)
 * @param registry              host[:port] when the first path component looks like one, else null
 * @param repository            path without registry, tag and digest
 * @param tag                   null when absent
 * @param digest                null when absent (e.g. {@code sha256:…})
 * @param span                  the image word
 * @param isScratch             {@code scratch}
 * @param hasUnresolvedVariable the resolved text still has a {@code $}
 */
public record ImageRef(String text, String resolved, String registry, String repository, String tag, String digest,
                       Span span, boolean isScratch, boolean hasUnresolvedVariable) {

    /** Parses an image reference; {@code resolved} is the text after expansion. */
    public static ImageRef parse(String text, String resolved, Span span) {
        String rest = resolved;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = null;
        int firstSlash = rest.indexOf('/');
        if (firstSlash > 0) {
            String first = rest.substring(0, firstSlash);
            if (first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(firstSlash + 1);
            }
        }
        boolean scratch = resolved.toLowerCase(Locale.ROOT).equals("scratch");
        return new ImageRef(text, resolved, registry, rest, tag, digest, span, scratch, resolved.indexOf('$') >= 0);
    }

    /** Repository and tag as {@code repository:tag} (registry omitted), for messages. */
    public String nameWithTag() {
        return tag == null ? repository : repository + ":" + tag;
    }

    /** True when pinned by digest. */
    public boolean hasDigest() {
        return digest != null && !digest.isEmpty();
    }

    /** Docker Hub's hostnames; a bare name ({@code nginx}) is pulled from there too. */
    private static final java.util.Set<String> DOCKER_HUB = java.util.Set.of("docker.io", "index.docker.io",
            "registry-1.docker.io");

    /** The registry host, lower case with its port; Docker Hub (bare names and its aliases) is {@code docker.io}. */
    public String registryHost() {
        if (registry == null) return "docker.io";
        String lower = registry.toLowerCase(Locale.ROOT);
        return DOCKER_HUB.contains(lower) ? "docker.io" : lower;
    }
}
