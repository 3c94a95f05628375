package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which shell runs a RUN, and whether that shell or the script turns on {@code pipefail}. The SHELL instruction is part
 * of the image config, so a stage built {@code FROM <alias>} inherits the last SHELL of that stage.
 */
final class Shells {
    static final Set<String> POSIX = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

    private Shells() {
    }

    /** The last exec-form SHELL in effect before {@code at} in {@code stage}, following FROM aliases; empty for the default. */
    static Optional<Instruction> activeShell(Stage stage, Instruction at) {
        Stage s = stage;
        Instruction until = at;
        for (int guard = 0; s != null && guard < 64; guard++) {
            Instruction found = null;
            for (Instruction i : s.instructions()) {
                if (i == until) break;
                if (i.is("SHELL") && i.execForm() && !i.words().isEmpty()) found = i;
            }
            if (found != null) return Optional.of(found);
            s = s.baseStage().orElse(null);
            until = null;
        }
        return Optional.empty();
    }

    /** Basename of an executable path, lower-cased ({@code /bin/bash} gives {@code bash}). */
    static String basename(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * True when a shell's option words (after the executable) turn pipefail on: {@code -o pipefail}, or a short-option
     * cluster holding {@code o} such as {@code -eo pipefail} / {@code -euxo pipefail}. Stops at {@code -c}.
     */
    static boolean optionsEnablePipefail(List<Word> options) {
        boolean on = false;
        for (int i = 0; i + 1 < options.size(); i++) {
            String v = options.get(i).value();
            String next = options.get(i + 1).value();
            if (!next.equals("pipefail")) continue;
            if (v.length() >= 2 && (v.charAt(0) == '-' || v.charAt(0) == '+') && v.charAt(1) != '-' && v.indexOf('o') > 0) {
                on = v.charAt(0) == '-';
            }
        }
        return on;
    }

    /** True for a {@code set} command that turns pipefail on ({@code set -o pipefail}, {@code set -euo pipefail}). */
    static boolean setsPipefail(Command c) {
        Command e = c.effective();
        return e.name().equals("set") && optionsEnablePipefail(e.args());
    }
}
