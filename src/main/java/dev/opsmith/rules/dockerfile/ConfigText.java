package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Heredoc;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings written as text anywhere in a build: the words of RUN commands ({@code echo "gpgcheck=0" >> x.repo},
 * {@code --setopt=sslverify=0}, {@code sed -i …}) and the body lines of COPY/ADD heredocs that create config files.
 */
final class ConfigText {

    /** A match: where, and the text that matched (a word's value or a heredoc line). */
    record Hit(Instruction instruction, Span span, String text) {
    }

    private ConfigText() {
    }

    /** Words and heredoc lines in which {@code pattern} is found, once per span, in file order. */
    static List<Hit> find(Dockerfile dockerfile, Pattern pattern) {
        List<Hit> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                for (Word w : c.words()) {
                    if (pattern.matcher(w.value()).find() && seen.add(w.span())) {
                        out.add(new Hit(run.instruction(), w.span(), w.value()));
                    }
                }
            }
        }
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (!i.is("COPY", "ADD")) continue;
            for (Heredoc h : i.heredocs()) {
                String[] lines = h.body().split("\n", -1);
                for (int k = 0; k < h.bodyLineCount() && k < lines.length; k++) {
                    if (pattern.matcher(lines[k]).find()) out.add(new Hit(i, h.spanOfBodyLine(k), lines[k].strip()));
                }
            }
        }
        out.sort((a, b) -> a.span.compareTo(b.span));
        return out;
    }
}
