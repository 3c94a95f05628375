package dev.opsmith.format.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * The shell-command model of a RUN (or shell-form CMD/ENTRYPOINT/HEALTHCHECK) text, in order, with control-flow
 * keywords stripped ({@code if x; then y; fi} gives {@code x} and {@code y}). Subshells and brace groups are
 * flattened. Command substitutions stay inside their word.
 */
public record Script(List<Command> commands) {

    public Script {
        commands = List.copyOf(commands);
    }

    /** Commands whose {@link Command#effective() effective} name is one of these. */
    public List<Command> named(String... names) {
        return commands.stream().filter(c -> {
            String n = c.effective().name();
            for (String name : names) if (n.equals(name)) return true;
            return false;
        }).toList();
    }

    /** The first command with that effective name. */
    public Optional<Command> first(String name) {
        return named(name).stream().findFirst();
    }

    /** The command after {@code c} in this script, if any. */
    public Optional<Command> next(Command c) {
        int i = indexOf(c);
        return i >= 0 && i + 1 < commands.size() ? Optional.of(commands.get(i + 1)) : Optional.empty();
    }

    /** The command before {@code c} in this script, if any. */
    public Optional<Command> previous(Command c) {
        int i = indexOf(c);
        return i > 0 ? Optional.of(commands.get(i - 1)) : Optional.empty();
    }

    private int indexOf(Command c) {
        for (int i = 0; i < commands.size(); i++) if (commands.get(i) == c) return i;
        return commands.indexOf(c);
    }
}
