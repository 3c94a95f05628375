package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.rules.RuleContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An end-of-life release gets no security fixes, so every new CVE in it stays open. The table of such releases
 * ({@code eol-images.tsv}) ships with opsmith and is versioned with it; no registry is contacted.
 */
public final class EndOfLifeBaseImage extends DockerfileRule {
    static final String TABLE = "/dev/opsmith/rules/dockerfile/eol-images.tsv";

    static final RuleMeta META = RuleMeta.builder("DF007", "Base image is a known end-of-life release")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports a Docker Hub official image in FROM, COPY --from or RUN --mount=from whose tag "
                    + "matches opsmith's table of end-of-life releases: CentOS, Debian up to 11 (bullseye), Ubuntu "
                    + "LTS up to 20.04, Python 2 and 3.0-3.9, Node.js up to 21 and 23, Alpine up to 3.20, the "
                    + "deprecated openjdk image, PHP up to 8.1 and Ruby up to 3.1. Tags not in the table, "
                    + "digest-only references (the tag is unknown) and values with an unresolved variable are not "
                    + "reported; an untagged image counts as `latest`, which only whole-repository entries match.")
            .rationale("Once a distribution or runtime reaches end of life its maintainers stop publishing security "
                    + "fixes. Vulnerabilities found afterwards stay in every image built on it, which scanners and "
                    + "auditors report as unremediable findings and which patch-management controls do not allow.")
            .remediation("Move to a supported release (the message names one) and pin it; plan upgrades before the "
                    + "published end-of-life date instead of after it.")
            .reference("https://endoflife.date/")
            .reference("https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image")
            .build();

    private record Entry(String repository, Pattern tag, String since, String instead) {
    }

    private static final List<Entry> ENTRIES = load();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (ImageReferences.ImageUse use : ImageReferences.external(dockerfile)) {
            ImageRef image = use.image();
            if (image.hasUnresolvedVariable()) continue;
            String repository = ImageReferences.dockerHubRepository(image);
            if (repository == null) continue;
            if (image.tag() == null && image.hasDigest()) continue;
            String tag = image.tag() == null ? "latest" : image.tag();
            for (Entry e : ENTRIES) {
                if (!e.repository.equals(repository) || !e.tag.matcher(tag).matches()) continue;
                context.report(use.span(), use.where() + " " + use.shown() + " is end-of-life since " + e.since
                                + " and gets no security fixes; move to " + e.instead)
                        .property("eolSince", e.since);
                break;
            }
        }
    }

    private static List<Entry> load() {
        try (InputStream in = EndOfLifeBaseImage.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("end-of-life table " + TABLE + " missing from the jar");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) throw new IllegalStateException(TABLE + ": expected 4 tab-separated columns in: " + line);
                out.add(new Entry(f[0].trim(), Pattern.compile(f[1].trim()), f[2].trim(), f[3].trim()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
