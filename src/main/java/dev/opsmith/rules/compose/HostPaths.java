package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.VolumeMount;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host path a service's mount exposes, as CMP007 judges it: a bind's source, or the {@code device} of a named
 * volume that its top-level definition binds ({@code driver_opts: {o: bind, device: …}}), interpolated with
 * unresolved references kept as written. (CMP006 has the same lookup privately.)
 */
final class HostPaths {
    /** A reference interpolation left as written: {@code ${VAR}}, {@code ${VAR:?e}} (one level of nesting), {@code $VAR}. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\{[^{}]*(?:\\{[^{}]*}[^{}]*)*}|\\$[A-Za-z_][A-Za-z0-9_]*");

    private HostPaths() {
    }

    static Optional<String> of(ComposeProject project, VolumeMount v) {
        if (v.isBind()) return v.source();
        if (!v.type().equals("volume") || v.source().isEmpty()) return Optional.empty();
        ComposeNode opts = project.volumes().get(v.source().get()).get("driver_opts");
        boolean bind = opts.get("o").interpolated().map(o -> List.of(o.split(",")).contains("bind")).orElse(false);
        return bind ? opts.get("device").interpolated() : Optional.empty();
    }

    /** The node to report a mount on: the long syntax's {@code source}, else the item. */
    static ComposeNode reportNode(VolumeMount v) {
        ComposeNode source = v.node().isMapping() ? v.node().get("source") : v.node();
        return source.present() ? source : v.node();
    }

    /** Whether an interpolated path still holds a variable that {@code .env} does not supply. */
    static boolean unresolved(String path) {
        return REFERENCE.matcher(path).find();
    }

    /** The literal text after the last unresolved reference ({@code ${HOME}/.ssh} → {@code /.ssh}). */
    static String literalTail(String path) {
        Matcher m = REFERENCE.matcher(path);
        int end = 0;
        while (m.find()) end = m.end();
        return path.substring(end);
    }

    /** An absolute path as the host resolves it: repeated and trailing slashes dropped, {@code .} and {@code ..} applied. */
    static String normalise(String absolute) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : absolute.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) parts.pollLast();
            else parts.addLast(segment);
        }
        return "/" + String.join("/", parts);
    }
}
