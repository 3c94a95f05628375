package dev.opsmith.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding identities: rule id, file and the offending node's text with white space folded.
 * Line numbers never enter, so a finding keeps its fingerprint when unrelated lines move.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(String ruleId, String file, String nodeText) {
        String normalised = nodeText.strip().replaceAll("\\s+", " ");
        return sha256(ruleId + '\0' + file + '\0' + normalised).substring(0, 32);
    }

    /** The fingerprint of the n-th (1-based, n > 1) finding with the same base fingerprint in a file. */
    public static String occurrence(String base, int n) {
        return n <= 1 ? base : sha256(base + '\0' + n).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
