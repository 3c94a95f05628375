package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Heredoc;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** apt specifics shared by the apt rules: {@code -o Key=value} options and settings written into apt.conf. */
final class Apt {
    private Apt() {
    }

    /** The values of {@code -o}/{@code --option} ({@code -o Key=value}, {@code -oKey=value}, {@code --option=Key=value}). */
    static List<String> options(Command e) {
        List<String> out = new ArrayList<>();
        List<Word> a = e.args();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.equals("--")) break;
            if (v.equals("-o") || v.equals("--option")) {
                if (i + 1 < a.size()) out.add(a.get(++i).value());
            } else if (v.startsWith("--option=")) {
                out.add(v.substring("--option=".length()));
            } else if (v.startsWith("-o") && v.length() > 2 && !v.startsWith("--")) {
                out.add(v.substring(2));
            }
        }
        return out;
    }

    /** True for the values apt reads as true. */
    static boolean isTrue(String v) {
        return PackageCommands.truthy(v.replace("\"", "").replace("'", ""));
    }

    /** True for the values apt reads as false. */
    static boolean isFalse(String v) {
        String s = v.replace("\"", "").replace("'", "").trim().toLowerCase(Locale.ROOT);
        return s.equals("0") || s.equals("false") || s.equals("no") || s.equals("off");
    }

    /**
     * True when a RUN before {@code run} in the same stage chain writes {@code key "value"} (apt.conf syntax) with the
     * wanted truth value, e.g. {@code echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/90norecommends}.
     */
    static boolean configuredEarlier(Dockerfile dockerfile, RunCommands.Run run, String key, boolean value) {
        Pattern p = Pattern.compile(Pattern.quote(key) + "\\s+\\\\?[\"']?([A-Za-z0-9]+)", Pattern.CASE_INSENSITIVE);
        Instruction top = PackageCommands.topLevel(dockerfile, run.instruction());
        var stage = dockerfile.stageOf(top);
        if (stage.isEmpty()) return false;
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage.get(); s != null && !chain.contains(s); s = s.baseStage().orElse(null)) chain.add(0, s);
        for (Stage s : chain) {
            for (Instruction i : s.instructions()) {
                if (i == top) return false;
                if (!i.is("RUN")) continue;
                StringBuilder text = new StringBuilder(i.arguments());
                for (Heredoc h : i.heredocs()) text.append('\n').append(h.body());
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (value ? isTrue(m.group(1)) : isFalse(m.group(1))) return true;
                }
            }
        }
        return false;
    }
}
