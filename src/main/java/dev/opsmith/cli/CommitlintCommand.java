package dev.opsmith.cli;

import dev.opsmith.config.ConfigException;
import dev.opsmith.config.ReleaseConfig;
import dev.opsmith.release.CommitLinter;
import dev.opsmith.release.CommitHook;
import dev.opsmith.release.ReleaseException;
import dev.opsmith.release.ReleaseRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code opsmith commitlint}: check commit messages against the Conventional Commits grammar and the
 * {@code release.commitlint} rules, as a {@code commit-msg} hook ({@code --message-file}) or in CI ({@code --from}).
 */
@Command(name = "commitlint", sortOptions = false,
        description = {"Check commit messages: Conventional Commits headers, allowed types and scopes, header length"
                + " (release.commitlint in .opsmith.yaml). Git's revert and merge messages pass.",
                "Without --from or --message-file, checks the last commit."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every message passes (or the hook was installed)",
                "1:at least one message breaks the rules (each problem is printed)",
                "2:usage or configuration error: unknown revision, unreadable message file, not a repository,"
                        + " an existing commit-msg hook that is not opsmith's",
                "3:internal error"})
final class CommitlintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "A folder inside the repository (default: .).")
    Path path;

    @Option(names = "--from", paramLabel = "REF",
            description = "Check every commit reachable from --to but not from REF (e.g. origin/main in a pull request).")
    String from;

    @Option(names = "--to", paramLabel = "REF", defaultValue = "HEAD", description = "End of the --from range (default: HEAD).")
    String to;

    @Option(names = "--message-file", paramLabel = "FILE",
            description = "Check the message in FILE (what git passes to a commit-msg hook); comment lines are ignored.")
    Path messageFile;

    @Option(names = "--install-hook", description = "Install a commit-msg hook in this repository that runs opsmith commitlint.")
    boolean installHook;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .opsmith.yaml at the repository root).")
    Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path start = path == null ? Path.of("") : path;
        if (List.of(from != null, messageFile != null, installHook).stream().filter(b -> b).count() > 1) {
            throw new UserError("give only one of --from, --message-file and --install-hook");
        }
        try {
            if (installHook) {
                try (ReleaseRepository repo = ReleaseRepository.discover(start)) {
                    Path hook = CommitHook.install(repo);
                    out.println("installed " + hook + ": commits are now checked by opsmith commitlint");
                    return ExitCodes.OK;
                }
            }
            if (messageFile != null) {
                CommitLinter linter = linter(configRoot(start));
                List<String> problems = linter.lint(read(messageFile), true);
                for (String p : problems) spec.commandLine().getErr().println(messageFile + ":1: " + p);
                return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
            }
            try (ReleaseRepository repo = ReleaseRepository.discover(start)) {
                CommitLinter linter = linter(repo.workTree());
                List<CommitHook.Checked> checked = CommitHook.check(repo, linter, Optional.ofNullable(from), to);
                int bad = 0;
                for (CommitHook.Checked c : checked) {
                    if (c.problems().isEmpty()) continue;
                    bad++;
                    out.println(c.sha().substring(0, 7) + " " + c.header());
                    for (String p : c.problems()) out.println("  " + p);
                }
                out.println(checked.size() + " commit(s) checked, " + bad + " with problems");
                return bad == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
            }
        } catch (ReleaseException e) {
            throw new UserError(e.lines());
        } catch (IOException e) {
            throw new UserError("reading or writing the repository failed: " + e.getMessage());
        }
    }

    /** Where .opsmith.yaml is looked for: the repository root, or the folder itself outside a repository. */
    private static Path configRoot(Path start) {
        try (ReleaseRepository repo = ReleaseRepository.discover(start)) {
            return repo.workTree();
        } catch (ReleaseException notARepository) {
            return start.toAbsolutePath();
        }
    }

    private CommitLinter linter(Path root) {
        try {
            ReleaseConfig c = config != null ? ReleaseConfig.load(config, config.toString()) : ReleaseConfig.loadDefault(root);
            return CommitLinter.from(c.commitlint());
        } catch (ConfigException e) {
            throw new UserError(e.problems());
        }
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": message file not found");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text (set i18n.commitEncoding to UTF-8)");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
