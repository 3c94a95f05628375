package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BuildKit {@code RUN --mount=type=cache} and {@code type=tmpfs} mounts: what they mount over is not written into the
 * layer, so a package manager whose cache directory is mounted leaves nothing behind.
 */
final class CacheMounts {
    private CacheMounts() {
    }

    /** Targets of the RUN's cache mounts (and tmpfs mounts when {@code withTmpfs}), without trailing slashes. */
    static List<String> targets(Instruction run, boolean withTmpfs) {
        List<String> out = new ArrayList<>();
        for (Flag flag : run.flags("mount")) {
            var fields = flag.mount();
            String type = fields.getOrDefault("type", "bind").toLowerCase(Locale.ROOT);
            if (!type.equals("cache") && !(withTmpfs && type.equals("tmpfs"))) continue;
            String target = fields.getOrDefault("target", fields.getOrDefault("dst", fields.get("destination")));
            if (target == null || target.isEmpty()) continue;
            out.add(normalize(target));
        }
        return out;
    }

    /** True when the RUN has any cache mount, whatever its target. */
    static boolean any(Instruction run) {
        return !targets(run, false).isEmpty();
    }

    /**
     * True when a cache or tmpfs mount covers one of {@code dirs}: its target is the directory, lies under it, or is a
     * parent of it.
     */
    static boolean covers(Instruction run, String... dirs) {
        for (String target : targets(run, true)) {
            for (String dir : dirs) {
                String d = normalize(dir);
                if (target.equals(d) || target.startsWith(d + "/") || d.startsWith(target + "/") || target.equals("/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a cache or tmpfs mount target ends with one of these suffixes (e.g. {@code .cache/pip}). */
    static boolean targetEndsWith(Instruction run, String... suffixes) {
        for (String target : targets(run, true)) {
            for (String s : suffixes) if (target.endsWith(s)) return true;
        }
        return false;
    }

    static String normalize(String path) {
        String p = path.trim();
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }
}
