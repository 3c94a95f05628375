package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;

import java.util.Locale;
import java.util.Optional;

/**
 * URL templates for changelog links. Presets know the URL shapes of GitHub, GitLab and Bitbucket; {@code generic}
 * (or no preset) uses only templates written in the configuration. Without a repository address and templates the
 * changelog simply has no links: nothing is guessed from the remote, so output does not depend on the clone.
 */
public record LinkTemplates(String repository, String commit, String compare, String issue) {
    public static final LinkTemplates NONE = new LinkTemplates(null, null, null, null);

    static LinkTemplates from(ReleaseConfig.Links l) {
        String preset = l.preset();
        if (preset == null && l.repository() != null) preset = guess(l.repository());
        String commit = null;
        String compare = null;
        String issue = null;
        if (preset != null) {
            switch (preset.toLowerCase(Locale.ROOT)) {
                case "github" -> {
                    commit = "{repository}/commit/{sha}";
                    compare = "{repository}/compare/{previous}...{current}";
                    issue = "{repository}/issues/{id}";
                }
                case "gitlab" -> {
                    commit = "{repository}/-/commit/{sha}";
                    compare = "{repository}/-/compare/{previous}...{current}";
                    issue = "{repository}/-/issues/{id}";
                }
                case "bitbucket" -> {
                    commit = "{repository}/commits/{sha}";
                    compare = "{repository}/branches/compare/{current}%0D{previous}";
                    issue = "{repository}/issues/{id}";
                }
                default -> {
                    // generic: only what the configuration spells out
                }
            }
        }
        String repository = l.repository() == null ? null : strip(l.repository());
        return new LinkTemplates(repository,
                l.commit() != null ? l.commit() : commit,
                l.compare() != null ? l.compare() : compare,
                l.issue() != null ? l.issue() : issue);
    }

    private static String guess(String repository) {
        String r = repository.toLowerCase(Locale.ROOT);
        if (r.startsWith("https://github.com/")) return "github";
        if (r.startsWith("https://gitlab.com/")) return "gitlab";
        if (r.startsWith("https://bitbucket.org/")) return "bitbucket";
        return null;
    }

    private static String strip(String url) {
        String u = url;
        if (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        if (u.endsWith(".git")) u = u.substring(0, u.length() - 4);
        return u;
    }

    public Optional<String> commitUrl(String sha) {
        return fill(commit, "{sha}", sha);
    }

    public Optional<String> issueUrl(String id) {
        return fill(issue, "{id}", id);
    }

    public Optional<String> compareUrl(String previousTag, String currentTag) {
        if (compare == null || previousTag == null) return Optional.empty();
        return fill(compare.replace("{previous}", previousTag), "{current}", currentTag);
    }

    private Optional<String> fill(String template, String key, String value) {
        if (template == null) return Optional.empty();
        if (template.contains("{repository}") && repository == null) return Optional.empty();
        String t = repository == null ? template : template.replace("{repository}", repository);
        return Optional.of(t.replace(key, value));
    }
}
