package dev.opsmith.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code opsmith version}: the tool version and the ruleset version. */
@Command(name = "version", description = "Print the tool version and the ruleset version.")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new Main.Version().getVersion()) spec.commandLine().getOut().println(line);
        return ExitCodes.OK;
    }
}
