package dev.opsmith.cli;

import dev.opsmith.config.ConfigException;
import dev.opsmith.config.ReleaseConfig;
import dev.opsmith.release.PlanFormatter;
import dev.opsmith.release.PlanOptions;
import dev.opsmith.release.ReleaseException;
import dev.opsmith.release.ReleasePlan;
import dev.opsmith.release.ReleasePlanner;
import dev.opsmith.release.ReleaseRepository;
import dev.opsmith.release.ReleaseResult;
import dev.opsmith.release.ReleaseSettings;
import dev.opsmith.release.ReleaseTagger;
import dev.opsmith.release.ReleaseWriter;
import dev.opsmith.release.SemVer;
import dev.opsmith.release.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code opsmith release}: compute the next version from Conventional Commits, bump build files, write the changelog,
 * commit and tag. {@code release plan} shows the same without writing; {@code release tag} finishes branch mode.
 */
@Command(name = "release", sortOptions = false, subcommands = {ReleaseCommand.Plan.class, ReleaseCommand.Tag.class},
        description = {"Release from Conventional Commits: next version, build-file bumps, CHANGELOG.md, release commit"
                + " and annotated tag. Nothing is pushed without --push.",
                "Run 'opsmith release plan' first to see what would happen."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:released, or nothing to release (the reason is printed)",
                "2:refused or failed: bad option or configuration, dirty tree, detached HEAD, shallow clone, existing tag;"
                        + " after a partial release the message says what was done and how to finish or undo",
                "3:internal error"})
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Common common;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--allow-dirty", description = "Release even with uncommitted changes (they stay out of the release commit).")
    boolean allowDirty;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Branch mode: commit the release to a new branch NAME (e.g. release/1.3.0) and print a pull-request"
                    + " title and body instead of tagging; run 'opsmith release tag' after the merge.")
    String branch;

    @Option(names = "--push", description = "Push the release commit and tags (or the branch) to the remote.")
    boolean push;

    @Option(names = "--remote", paramLabel = "NAME", defaultValue = "origin", description = "Remote for --push (default: origin).")
    String remote;

    @Option(names = "--notes-only", description = "Print the release notes (Markdown) of the next release and change nothing.")
    boolean notesOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ReleaseRepository repo = common.open()) {
            ReleaseSettings settings = common.settings(repo);
            ReleasePlan plan = new ReleasePlanner(repo, settings, clock()).plan(common.planOptions());
            common.warnNonConventional(plan, spec.commandLine().getErr());
            if (plan.releasing().isEmpty()) {
                for (var p : plan.packages()) out.println((settings.singlePackage() ? "" : p.spec().name() + ": ") + p.reason());
                return ExitCodes.OK;
            }
            ReleaseWriter writer = new ReleaseWriter(repo, settings);
            if (notesOnly) {
                out.print(writer.notes(plan));
                return ExitCodes.OK;
            }
            ReleaseResult r = writer.write(plan, new WriteOptions(allowDirty, Optional.ofNullable(branch), push, remote));
            print(r, plan, out);
            return ExitCodes.OK;
        } catch (ReleaseException e) {
            throw new UserError(e.lines());
        } catch (IOException e) {
            throw new UserError("reading or writing the repository failed: " + e.getMessage());
        }
    }

    private static void print(ReleaseResult r, ReleasePlan plan, PrintWriter out) {
        String sha = r.commit().substring(0, 7);
        if (r.branch().isPresent()) {
            out.println("release committed on branch " + r.branch().get() + " (" + sha + "): " + String.join(", ", r.files()));
            out.println(r.pushed() ? "pushed; open a pull request from " + r.branch().get() + ":"
                    : "push it (git push -u origin " + r.branch().get() + ") and open a pull request:");
            out.println();
            out.println("Title: " + r.title());
            out.println();
            out.print(r.body());
            out.println();
            out.println("After the pull request is merged, run 'opsmith release tag' on the default branch.");
            return;
        }
        out.println("released " + String.join(", ", r.tags()) + ": commit " + sha + " \"" + r.title() + "\"");
        out.println("changed: " + String.join(", ", r.files()));
        r.snapshotCommit().ifPresent(s -> out.println("next development version committed: " + s.substring(0, 7)));
        if (r.pushed()) {
            out.println("pushed " + plan.branch() + " and " + String.join(", ", r.tags()));
        } else {
            out.println("nothing was pushed; publish with: git push --atomic origin " + plan.branch() + " "
                    + String.join(" ", r.tags()));
        }
    }

    /**
     * The release date's clock: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds convention, so a rebuild
     * of a release writes the same changelog), else now.
     */
    static Clock clock() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]{1,12}")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }

    /** Options shared by {@code release}, {@code release plan} and {@code release tag}. */
    static final class Common {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
                description = "A folder inside the repository (default: the current folder).")
        Path path;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Configuration file (default: .opsmith.yaml at the repository root).")
        Path config;

        @Option(names = "--prerelease", paramLabel = "CHANNEL",
                description = "Release a pre-release on CHANNEL: 1.3.0-rc.1, then rc.2; a later normal release promotes it.")
        String preRelease;

        @Option(names = "--as", paramLabel = "VERSION", description = "Release exactly VERSION instead of the computed one.")
        String as;

        @Option(names = "--package", paramLabel = "NAME", description = "Monorepo: only this package of release.packages.")
        String onlyPackage;

        @Option(names = "--strict", description = "Refuse when a commit of the range is not a Conventional Commit.")
        boolean strict;

        @Option(names = {"-v", "--verbose"}, description = "List every commit, and the non-conventional ones by id.")
        boolean verbose;

        ReleaseRepository open() throws ReleaseException {
            return ReleaseRepository.discover(path == null ? Path.of("") : path);
        }

        ReleaseSettings settings(ReleaseRepository repo) {
            try {
                ReleaseConfig c = config != null
                        ? ReleaseConfig.load(config, config.toString())
                        : ReleaseConfig.loadDefault(repo.workTree());
                return ReleaseSettings.from(c);
            } catch (ConfigException e) {
                throw new UserError(e.problems());
            }
        }

        PlanOptions planOptions() {
            Optional<SemVer> version = Optional.empty();
            if (as != null) {
                String v = as.startsWith("v") ? as.substring(1) : as;
                version = SemVer.parse(v);
                if (version.isEmpty()) {
                    throw new UserError("--as " + as + ": not a semantic version; write MAJOR.MINOR.PATCH, e.g. 2.0.0");
                }
            }
            try {
                return new PlanOptions(Optional.ofNullable(preRelease).map(s -> s.toLowerCase(Locale.ROOT)), version,
                        Optional.ofNullable(onlyPackage), strict);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }

        void warnNonConventional(ReleasePlan plan, PrintWriter err) {
            for (var p : plan.packages()) {
                var non = p.analysis().nonConventional();
                if (non.isEmpty()) continue;
                String where = plan.packages().size() > 1 ? p.spec().name() + ": " : "";
                err.println("opsmith: " + where + non.size() + " commit(s) are not Conventional Commits and do not count"
                        + (verbose ? ":" : " (--verbose lists them, --strict refuses them)"));
                if (verbose) for (var c : non) err.println("  " + c.shortSha() + " " + c.message().header());
            }
        }
    }

    /** {@code opsmith release plan}: the next release, read-only. */
    @Command(name = "plan", sortOptions = false,
            description = "Show the next release of each package (version, bump and reason, commits by type) without changing anything.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:plan shown (including 'nothing to release')", "2:bad option, configuration or repository state",
                    "3:internal error"})
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
        String format;

        @Override
        public Integer call() throws IOException {
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("text", "json").contains(f)) throw new UserError("unknown --format '" + format + "'; use text or json");
            PrintWriter out = spec.commandLine().getOut();
            try (ReleaseRepository repo = common.open()) {
                ReleaseSettings settings = common.settings(repo);
                ReleasePlan plan = new ReleasePlanner(repo, settings, clock()).plan(common.planOptions());
                PlanFormatter formatter = new PlanFormatter(settings);
                if (f.equals("json")) {
                    out.print(formatter.json(plan));
                } else {
                    out.print(formatter.text(plan, common.verbose));
                }
                out.flush();
                return ExitCodes.OK;
            } catch (ReleaseException e) {
                throw new UserError(e.lines());
            } catch (IOException e) {
                throw new UserError("reading or writing the repository failed: " + e.getMessage());
            }
        }
    }

    /** {@code opsmith release tag}: tag the merged release commit of branch mode. */
    @Command(name = "tag", sortOptions = false,
            description = "After a release pull request is merged: find the release commit on this branch that has no tag"
                    + " yet and create its annotated tags (notes from the changelog).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:tagged, or no untagged release commit (said so)", "2:refused or failed", "3:internal error"})
    static final class Tag implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "A folder inside the repository (default: .).")
        Path path;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .opsmith.yaml at the repository root).")
        Path config;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--push", description = "Push the new tags to the remote.")
        boolean push;

        @Option(names = "--remote", paramLabel = "NAME", defaultValue = "origin", description = "Remote for --push (default: origin).")
        String remote;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Common common = new Common();
            common.path = path;
            common.config = config;
            try (ReleaseRepository repo = common.open()) {
                ReleaseTagger tagger = new ReleaseTagger(repo, common.settings(repo));
                Optional<ReleaseTagger.Pending> pending = tagger.find();
                if (pending.isEmpty()) {
                    out.println("no untagged release commit on this branch since the last release; nothing to tag");
                    return ExitCodes.OK;
                }
                List<String> tags = tagger.tag(pending.get());
                out.println("tagged " + ReleaseTagger.shortId(pending.get().commit()) + " \""
                        + pending.get().commit().getShortMessage() + "\": " + String.join(", ", tags));
                if (push) {
                    tagger.push(remote, tags);
                    out.println("pushed " + String.join(", ", tags) + " to " + remote);
                } else {
                    out.println("nothing was pushed; publish with: git push " + remote + " " + String.join(" ", tags));
                }
                return ExitCodes.OK;
            } catch (ReleaseException e) {
                throw new UserError(e.lines());
            } catch (IOException e) {
                throw new UserError("reading or writing the repository failed: " + e.getMessage());
            }
        }
    }
}
