package dev.opsmith.format.kubernetes.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each built-in apiVersion/kind was introduced, deprecated and removed, from the committed table
 * {@code api-versions.tsv}. Answers "is this manifest's API served by the target cluster version?".
 */
public final class ApiVersions {
    static final String RESOURCE = "/dev/opsmith/kubernetes/api-versions.tsv";

    /** Where an API stands in a given release. */
    public enum State {
        /** Served and not deprecated. */
        OK,
        /** Served, but deprecated: it will be removed; migrate to the replacement. */
        DEPRECATED,
        /** No longer served: the API server rejects the manifest. */
        REMOVED,
        /** Not served yet in that release: the manifest needs a newer cluster. */
        NOT_YET_INTRODUCED
    }

    /** One row of the table. {@code deprecated}, {@code removed} and {@code replacement} may be null. */
    public record Entry(String apiVersion, String kind, KubeVersion introduced, KubeVersion deprecated,
                        KubeVersion removed, String replacement) {
        public Status statusIn(KubeVersion target) {
            State state;
            if (removed != null && target.isAtLeast(removed)) state = State.REMOVED;
            else if (deprecated != null && target.isAtLeast(deprecated)) state = State.DEPRECATED;
            else if (!target.isAtLeast(introduced)) state = State.NOT_YET_INTRODUCED;
            else state = State.OK;
            return new Status(state, this, target);
        }
    }

    /**
     * The answer for one target release, with the row it came from.
     *
     * @param replacement the apiVersion and kind to migrate to, e.g. {@code apps/v1 Deployment}; empty if none
     */
    public record Status(State state, Entry entry, KubeVersion target) {
        public Optional<String> replacement() {
            return Optional.ofNullable(entry.replacement());
        }

        /** E.g. "extensions/v1beta1 Ingress is deprecated since 1.14 and removed in 1.22; use networking.k8s.io/v1 Ingress". */
        public String message() {
            String api = entry.apiVersion() + " " + entry.kind();
            String use = replacement().map(r -> "; use " + r).orElse("");
            return switch (state) {
                case OK -> api + " is served in " + target;
                case DEPRECATED -> api + " is deprecated since " + entry.deprecated()
                        + (entry.removed() == null ? "" : " and removed in " + entry.removed()) + use;
                case REMOVED -> api + " was removed in " + entry.removed() + use;
                case NOT_YET_INTRODUCED -> api + " is served from " + entry.introduced() + ", not in " + target;
            };
        }
    }

    private static final class Holder {
        static final ApiVersions INSTANCE = load();
    }

    private final Map<String, Entry> entries;

    private ApiVersions(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The table shipped in the jar, loaded once. */
    public static ApiVersions get() {
        return Holder.INSTANCE;
    }

    /** The state of {@code apiVersion}/{@code kind} in {@code target}; empty when the table does not list it. */
    public Optional<Status> status(String apiVersion, String kind, KubeVersion target) {
        return entry(apiVersion, kind).map(e -> e.statusIn(target));
    }

    public Optional<Entry> entry(String apiVersion, String kind) {
        return Optional.ofNullable(entries.get(apiVersion + "/" + kind));
    }

    private static ApiVersions load() {
        try (InputStream in = ApiVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("API version table missing from the jar: " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("API version table unreadable: " + RESOURCE, e);
        }
    }

    static ApiVersions parse(BufferedReader reader) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String where = RESOURCE + ":" + number + ": ";
            if (f.length != 6) throw new IllegalStateException(where + "expected 6 tab-separated columns, found " + f.length);
            try {
                Entry e = new Entry(f[0], f[1], KubeVersion.parse(f[2]), version(f[3]), version(f[4]), dash(f[5]));
                if (e.deprecated() != null && e.deprecated().compareTo(e.introduced()) < 0
                        || e.removed() != null && e.removed().compareTo(e.deprecated() == null ? e.introduced() : e.deprecated()) < 0) {
                    throw new IllegalStateException(where + "versions out of order");
                }
                if (entries.put(f[0] + "/" + f[1], e) != null) throw new IllegalStateException(where + "duplicate " + f[0] + " " + f[1]);
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(where + ex.getMessage(), ex);
            }
        }
        return new ApiVersions(entries);
    }

    private static KubeVersion version(String field) {
        return dash(field) == null ? null : KubeVersion.parse(field);
    }

    private static String dash(String field) {
        return field.isEmpty() || field.equals("-") ? null : field;
    }
}
