package dev.opsmith.release;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command-line choices that shape a plan.
 *
 * @param preRelease  a pre-release channel ({@code rc}, {@code beta}): release {@code 1.3.0-rc.1}, {@code rc.2}, …
 * @param as          release exactly this version instead of the computed one
 * @param onlyPackage plan only this package of a monorepo
 * @param strict      refuse when a commit of the range is not a Conventional Commit
 */
public record PlanOptions(Optional<String> preRelease, Optional<SemVer> as, Optional<String> onlyPackage, boolean strict) {
    public static final PlanOptions DEFAULT = new PlanOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
    private static final Pattern CHANNEL = Pattern.compile("[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*");

    public PlanOptions {
        preRelease.ifPresent(c -> {
            if (!CHANNEL.matcher(c).matches()) {
                throw new IllegalArgumentException("pre-release channel '" + c
                        + "' must be one identifier of letters, digits and '-', with at least one letter (rc, beta, alpha)");
            }
        });
        if (preRelease.isPresent() && as.isPresent()) {
            throw new IllegalArgumentException("give either --prerelease or --as, not both");
        }
    }
}
