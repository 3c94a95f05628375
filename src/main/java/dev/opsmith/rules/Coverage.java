package dev.opsmith.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a peer tool's rule catalog maps to ours: committed data ({@code dev/opsmith/coverage/<peer>.tsv}),
 * one peer rule a line with its meaning in our words, the rules of ours that cover it, or why none applies.
 */
public final class Coverage {
    public static final List<String> PEERS = List.of("hadolint", "checkov", "trivy", "tfsec", "kube-linter", "kube-score", "polaris", "kics");

    /** One peer rule. {@code opsmith} is empty when not applicable; then {@code note} says why. */
    public record Entry(String id, String summary, List<String> opsmith, String note) {
        public boolean mapped() {
            return !opsmith.isEmpty();
        }
    }

    private Coverage() {
    }

    public static List<Entry> of(String peer) {
        String name = peer.toLowerCase(Locale.ROOT);
        if (!PEERS.contains(name)) {
            throw new IllegalArgumentException("unknown peer '" + peer + "'; known: " + String.join(", ", PEERS));
        }
        try (InputStream in = Coverage.class.getResourceAsStream("/dev/opsmith/coverage/" + name + ".tsv")) {
            if (in == null) throw new IllegalStateException("coverage table for " + name + " missing from the jar");
            List<Entry> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cols = Arrays.copyOf(line.split("\t", -1), 4);
                String ours = cols[2] == null ? "-" : cols[2].strip();
                List<String> ids = ours.equals("-") || ours.isEmpty() ? List.of()
                        : Arrays.stream(ours.split(",")).map(String::strip).toList();
                out.add(new Entry(cols[0].strip(), nz(cols[1]), ids, nz(cols[3])));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
