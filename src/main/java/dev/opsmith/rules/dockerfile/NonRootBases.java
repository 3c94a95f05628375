package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.ImageRef;

import java.util.List;
import java.util.Locale;

/**
 * Base images known to run as a non-root user without a {@code USER} line: distroless {@code :nonroot} images, any tag
 * ending in {@code -nonroot} (such as {@code :debug-nonroot}) and Chainguard images. Teams add their own with the
 * rule setting {@value #SETTING} (glob patterns over the image reference, {@code *} matching anything).
 */
final class NonRootBases {
    /** Rule setting listing extra image patterns, e.g. {@code mcr.microsoft.com/dotnet/*:*-chiseled}. */
    static final String SETTING = "non-root-bases";

    private NonRootBases() {
    }

    /** True when the image is known to run as non-root; false for scratch and unresolved references. */
    static boolean isNonRoot(ImageRef image, List<String> extraPatterns) {
        if (image.isScratch() || image.hasUnresolvedVariable()) return false;
        String registry = image.registry() == null ? "" : image.registry().toLowerCase(Locale.ROOT);
        String repository = image.repository().toLowerCase(Locale.ROOT);
        String tag = image.tag() == null ? "" : image.tag().toLowerCase(Locale.ROOT);
        if (registry.equals("gcr.io") && repository.startsWith("distroless/") && tag.equals("nonroot")) return true;
        if (tag.endsWith("-nonroot")) return true;
        if (registry.equals("cgr.dev") && repository.startsWith("chainguard/")) return true;
        String ref = image.resolved().toLowerCase(Locale.ROOT);
        int at = ref.indexOf('@');
        String withoutDigest = at >= 0 ? ref.substring(0, at) : ref;
        for (String p : extraPatterns) {
            String pattern = p.strip().toLowerCase(Locale.ROOT);
            if (!pattern.isEmpty() && (glob(pattern, ref) || glob(pattern, withoutDigest))) return true;
        }
        return false;
    }

    /** {@code *} matches any run of characters, everything else itself. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') p++;
        return p == pattern.length();
    }
}
