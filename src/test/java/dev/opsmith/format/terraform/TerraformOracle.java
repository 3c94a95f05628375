package dev.opsmith.format.terraform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real {@code terraform} binary as the oracle of differential tests: where it is, a skip with the reason when it
 * is not, and a command isolated from the user's configuration (scratch HOME, no CLI config, no checkpoint calls).
 */
public final class TerraformOracle {
    private TerraformOracle() {
    }

    /** {@code /usr/local/bin/terraform}, else the first {@code terraform} on PATH. */
    public static Optional<Path> binary() {
        Path fixed = Path.of("/usr/local/bin/terraform");
        if (Files.isExecutable(fixed)) return Optional.of(fixed);
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "terraform");
            if (!dir.isEmpty() && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Skips the calling test, saying why, when terraform is not installed. */
    public static Path require() {
        Optional<Path> found = binary();
        assumeTrue(found.isPresent(), "terraform is not installed (looked in /usr/local/bin and PATH): "
                + "this differential test needs it as the oracle");
        return found.get();
    }

    /** {@code terraform <args>} in {@code dir}, with {@code home} as HOME and nothing of the user's configuration. */
    public static ProcessBuilder command(Path dir, Path home, List<String> args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(require().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(key -> key.startsWith("TF_")); // the caller's TF_LOG, TF_VAR_x, … must not leak in
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        pb.environment().put("TF_IN_AUTOMATION", "1");
        return pb;
    }
}
