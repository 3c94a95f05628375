package dev.opsmith.cli;

import dev.opsmith.core.ToolInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The {@code opsmith} command: subcommands do the work; this class only wires picocli and exit codes. */
@Command(name = "opsmith", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Audits infrastructure and pipeline code for regulated teams.",
        subcommands = {ScanCommand.class, RulesCommand.class, VersionCommand.class, ReleaseCommand.class,
                CommitlintCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success; nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or configuration error", "3:internal error"})
public final class Main implements Runnable {

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'opsmith scan .'");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with the given writers; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, argv) -> {
            err.println("opsmith: " + ex.getMessage());
            CommandLine cmd = ex.getCommandLine();
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError u) {
                for (String line : u.lines()) err.println("opsmith: " + line);
                return ExitCodes.USAGE;
            }
            boolean trace = parsed.hasMatchedOption("--stacktrace") || argsContain(parsed.originalArgs(), "--stacktrace");
            err.println("opsmith: internal error: " + ex);
            if (trace) {
                StringWriter sw = new StringWriter();
                ex.printStackTrace(new PrintWriter(sw));
                err.print(sw);
            } else {
                err.println("This is a bug in opsmith. Run again with --stacktrace and report the output.");
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    private static boolean argsContain(java.util.List<String> args, String option) {
        return args.contains(option);
    }

    /** {@code --version}: the tool and its ruleset. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            ToolInfo t = ToolInfo.current();
            return new String[] {"opsmith " + t.version(), "ruleset " + t.rulesetVersion()};
        }
    }
}
