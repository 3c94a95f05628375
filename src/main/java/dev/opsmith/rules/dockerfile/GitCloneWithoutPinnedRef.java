package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Flags {@code git clone} that builds whatever the default or a named branch points to at build time. */
public final class GitCloneWithoutPinnedRef extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF128", "`git clone` builds from a moving branch")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `git clone` in RUN (nested `sh -c` and ONBUILD included) that neither names a tag or "
                    + "commit with `--branch`/`-b`/`--revision` nor is followed in the same RUN by `git checkout`, "
                    + "`git switch --detach` or `git reset --hard` to a ref. Refs that are well-known branch names "
                    + "(main, master, develop, dev, trunk, HEAD, latest, stable, next, nightly) count as moving; "
                    + "anything else (v1.4.2, a commit id, a $VERSION variable) is taken as pinned.")
            .rationale("A branch moves with every push, so two builds of the same Dockerfile can contain different "
                    + "code, and a compromised upstream account lands in the next build unnoticed. Pinning a tag or "
                    + "better a commit makes the source of the image reviewable and reproducible.")
            .remediation("Clone a release tag (`git clone --depth 1 --branch v1.4.2 …`) or check out a commit after "
                    + "cloning (`git -C src checkout <sha>`); ADD <repo>.git#<sha> is the BuildKit way.")
            .reference("https://git-scm.com/docs/git-clone#Documentation/git-clone.txt---branchname")
            .reference("https://docs.docker.com/reference/dockerfile/#adding-private-git-repositories")
            .build();

    private static final Set<String> MOVING = Set.of("main", "master", "develop", "development", "dev", "trunk",
            "head", "latest", "stable", "next", "nightly", "origin/main", "origin/master", "origin/head");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (!e.name().equals("git") || !RunCommands.gitSubcommand(e).equals("clone")) continue;
                Optional<String> ref = value(e, "-b", "--branch").or(() -> value(e, "--revision", "--revision"));
                if (ref.isPresent() && !moving(ref.get())) continue;
                if (run.after(c).stream().anyMatch(GitCloneWithoutPinnedRef::pins)) continue;
                SecretShapes.report(context, c.span(), ref.map(r -> "git clone --branch " + r + " follows a moving branch")
                        .orElse("git clone builds the default branch as it is at build time")
                        + "; clone a tag or check out a commit");
            }
        }
    }

    private static Optional<String> value(Command e, String shortFlag, String longFlag) {
        return RunCommands.valueWord(e, shortFlag, longFlag).map(w -> {
            String v = w.value();
            if (v.startsWith(longFlag + "=")) return v.substring(longFlag.length() + 1);
            if (v.startsWith(shortFlag) && v.length() > shortFlag.length() && !v.startsWith("--")) {
                return v.substring(shortFlag.length());
            }
            return v;
        });
    }

    private static boolean moving(String ref) {
        return MOVING.contains(ref.toLowerCase(Locale.ROOT));
    }

    /** A later git command that moves the work tree to a ref that is not a well-known branch. */
    private static boolean pins(Command c) {
        Command e = c.effective();
        if (!e.name().equals("git")) return false;
        String sub = RunCommands.gitSubcommand(e);
        if (!sub.equals("checkout") && !sub.equals("switch") && !sub.equals("reset")) return false;
        if (sub.equals("reset") && !e.hasFlag("--hard")) return false;
        if (sub.equals("switch") && !e.hasFlag("--detach", "-d")) return false;
        List<Word> pos = e.positionals("-C", "-c", "-b", "-B");
        List<String> refs = pos.stream().map(Word::value).filter(v -> !v.equals(sub)).toList();
        return !refs.isEmpty() && !moving(refs.get(refs.size() - 1));
    }
}
