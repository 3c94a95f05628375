package dev.opsmith.rules.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule's allow-list of registries ({@code trusted-registries}), as the Dockerfile and Kubernetes rules read it:
 * entries are case-insensitive, Docker Hub's aliases mean {@code docker.io}, and {@code *.example.com} trusts
 * every host under {@code example.com}. Compare it with {@code ImageRef.registryHost()}.
 */
public final class TrustedRegistries {
    private final List<String> entries;

    private TrustedRegistries(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    public static TrustedRegistries of(List<String> setting) {
        List<String> out = new ArrayList<>();
        for (String entry : setting) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) continue;
            out.add(e.equals("index.docker.io") || e.equals("registry-1.docker.io") ? "docker.io" : e);
        }
        return new TrustedRegistries(out);
    }

    /** No allow-list configured: the rules report nothing. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean trusts(String registryHost) {
        for (String t : entries) {
            if (t.startsWith("*.") ? registryHost.endsWith(t.substring(1)) : t.equals(registryHost)) return true;
        }
        return false;
    }

    /** The list as messages show it. */
    @Override
    public String toString() {
        return String.join(", ", entries);
    }
}
