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
import java.util.Optional;

/** A password set at build time is baked into /etc/shadow of a layer that everyone who can pull the image can read. */
public final class PasswordSetDuringBuild extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF055", "Account password set during the build")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports RUN commands that set an account password: `chpasswd` (typically fed by "
                    + "`echo user:pass |`), `passwd --stdin`, and `useradd`/`usermod` with `-p`/`--password`. Locking "
                    + "or deleting a password (`passwd -l`, `passwd -d`, `usermod -L`) is not reported. The password "
                    + "text is redacted in every output.")
            .rationale("The password, or its hash, lands in /etc/shadow of an image layer and in the build history. "
                    + "Anyone who can pull the image can read it and crack or reuse it; a hash shared by every "
                    + "container also defeats per-instance credentials and rotation that auditors expect.")
            .remediation("Do not give container accounts passwords: create them with `useradd --no-create-home "
                    + "--shell /usr/sbin/nologin` (locked by default) and switch with USER. Credentials the "
                    + "application needs belong in a runtime secret, not the image.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .equivalent("checkov", "CKV2_DOCKER_17")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            List<Command> commands = run.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command e = commands.get(i).effective();
                Word name = e.nameWord().orElse(null);
                if (name == null) continue;
                switch (e.name()) {
                    case "chpasswd" -> report(context, name, "chpasswd", fedBy(commands, i));
                    case "passwd" -> {
                        if (e.hasFlag("--stdin")) report(context, name, "passwd --stdin", fedBy(commands, i));
                    }
                    case "useradd", "usermod" -> {
                        Optional<Word> value = RunCommands.valueWord(e, "-p", "--password");
                        Optional<String> password = e.flagValue("-p", "--password");
                        if (value.isPresent() && password.isPresent()) {
                            report(context, value.get(), e.name() + " -p", List.of(password.get()));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, Word at, String how, List<String> secrets) {
        RuleContext.Report r = context.report(at.span(), how + " sets an account password during the build: it stays "
                + "in /etc/shadow of the image layer; leave the account locked and supply credentials at runtime");
        for (String s : secrets) r.secret(s);
    }

    /** The text piped into command {@code i} by echo/printf (the credential), to be redacted. */
    private static List<String> fedBy(List<Command> commands, int i) {
        Command c = commands.get(i);
        if (!c.pipedFrom() || i == 0) return List.of();
        Command source = commands.get(i - 1).effective();
        if (!source.name().equals("echo") && !source.name().equals("printf")) return List.of();
        return source.positionals().stream().map(Word::value).map(PasswordSetDuringBuild::afterUser).toList();
    }

    /** {@code user:pass} gives {@code pass}; anything else is kept whole. */
    private static String afterUser(String line) {
        int colon = line.indexOf(':');
        return colon >= 0 && colon + 1 < line.length() ? line.substring(colon + 1).strip() : line;
    }
}
