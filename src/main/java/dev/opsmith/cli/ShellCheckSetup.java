package dev.opsmith.cli;

import dev.opsmith.scan.Analyzer;
import dev.opsmith.scan.shellcheck.ShellCheck;

import java.util.List;
import java.util.Optional;

/** Which external analyzers run, from the --shellcheck mode. */
final class ShellCheckSetup {
    private ShellCheckSetup() {
    }

    /** {@code off}: none; {@code auto}: ShellCheck when one is found; {@code required}: ShellCheck or a user error. */
    static List<Analyzer> analyzers(String mode) {
        if (mode.equals("off")) return List.of();
        Optional<ShellCheck> found = ShellCheck.locate();
        if (found.isPresent()) return List.of(found.get());
        if (mode.equals("required")) {
            throw new UserError("--shellcheck required, but no shellcheck executable is on PATH; install it "
                    + "(apt-get install shellcheck) or use --shellcheck auto");
        }
        return List.of();
    }
}
