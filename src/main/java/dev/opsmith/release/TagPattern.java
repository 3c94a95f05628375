package dev.opsmith.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag naming scheme such as {@code v{version}} or {@code payments-api/v{version}}: turns versions into tag names
 * and back, ignoring tags whose version part is not a valid semantic version.
 */
public final class TagPattern {
    public static final String DEFAULT = "v{version}";
    private static final String PLACEHOLDER = "{version}";

    private final String pattern;
    private final Pattern regex;

    public TagPattern(String pattern) {
        int at = pattern.indexOf(PLACEHOLDER);
        if (at < 0 || pattern.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("tag pattern '" + pattern + "' must contain {version} exactly once");
        }
        this.pattern = pattern;
        this.regex = Pattern.compile(Pattern.quote(pattern.substring(0, at)) + "(?<version>.+)"
                + Pattern.quote(pattern.substring(at + PLACEHOLDER.length())));
    }

    public String format(SemVer version) {
        return pattern.replace(PLACEHOLDER, version.toString());
    }

    /** The version a tag name carries under this pattern, or empty when it does not match or is not SemVer. */
    public Optional<SemVer> parse(String tagName) {
        Matcher m = regex.matcher(tagName);
        return m.matches() ? SemVer.parse(m.group("version")) : Optional.empty();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
