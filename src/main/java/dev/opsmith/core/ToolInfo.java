package dev.opsmith.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** opsmith's own version and ruleset version, read from the build's filtered resource. */
public record ToolInfo(String name, String version, String rulesetVersion, String informationUri) {

    private static final ToolInfo CURRENT = load();

    public static ToolInfo current() {
        return CURRENT;
    }

    private static ToolInfo load() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/opsmith/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo("opsmith", p.getProperty("version", "0.0.0-dev"),
                p.getProperty("rulesetVersion", "0"), p.getProperty("url", "https://opsmith.dev"));
    }
}
