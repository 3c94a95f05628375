package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How Docker runs a service, for the resource and reliability rules (CMP040–CMP047): whether it is a one-shot
 * job or long-running, whether it has a health check, and whether a limit value limits anything.
 */
final class ServiceRuntime {
    /** 0, a negative number or an empty value, with or without a unit ({@code 0}, {@code -1}, {@code 0m}): no limit. */
    private static final Pattern NO_LIMIT = Pattern.compile("|-\\d+(\\.\\d*)?[a-z]*|0+(\\.0*)?[a-z]*|0*\\.0+[a-z]*");

    private ServiceRuntime() {
    }

    /**
     * The project's one-shot services (migrations, seeders), each with why it is one: another service waits for it
     * with {@code condition: service_completed_successfully}, or its {@code deploy.mode} is a job mode.
     */
    static Map<String, String> oneShot(ComposeProject project) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ComposeService s : project.services()) {
            String mode = s.node().path("deploy", "mode").resolved().map(String::strip).orElse("");
            if (mode.equals("replicated-job") || mode.equals("global-job")) {
                out.putIfAbsent(s.name(), "its deploy.mode is " + mode);
            }
        }
        for (ComposeService s : project.services()) {
            for (ComposeNode dependency : s.get("depends_on").entries()) {
                boolean completion = dependency.get("condition").resolved().map(String::strip)
                        .filter("service_completed_successfully"::equals).isPresent();
                if (completion) out.putIfAbsent(dependency.name(), "\"" + s.name() + "\" waits for it to complete");
            }
        }
        return out;
    }

    /**
     * Whether absence rules may judge the service: an {@code extends} base is not merged into the model yet, and
     * could supply the attribute.
     */
    static boolean absenceJudgeable(ComposeService service) {
        return !service.get("extends").present();
    }

    /** What the merged service says about its health check. */
    enum HealthKind {
        /** A {@code healthcheck.test} other than {@code NONE}. */
        CHECKED,
        /** {@code disable: true} or a {@code NONE} test; {@link Health#at()} is that value. */
        DISABLED,
        /** No {@code healthcheck} on an image-only service. */
        ABSENT,
        /**
         * Cannot tell: an unresolved value, a {@code healthcheck} that tunes only the image's timings, or a service
         * built from a Dockerfile (its {@code HEALTHCHECK} is not read by the model yet).
         */
        UNKNOWN
    }

    record Health(HealthKind kind, ComposeNode at) {
    }

    static Health health(ComposeService service) {
        ComposeNode healthcheck = service.healthcheck();
        if (!healthcheck.present() || healthcheck.isNull()) {
            return new Health(service.build().present() ? HealthKind.UNKNOWN : HealthKind.ABSENT, healthcheck);
        }
        ComposeNode disable = healthcheck.get("disable");
        if (disable.isUnresolved()) return new Health(HealthKind.UNKNOWN, disable);
        if (disable.bool().orElse(false)) return new Health(HealthKind.DISABLED, disable);
        ComposeNode test = healthcheck.get("test");
        List<ComposeNode> words = test.items();
        if (words.isEmpty()) return new Health(HealthKind.UNKNOWN, test);
        ComposeNode first = words.get(0);
        if (first.isUnresolved()) return new Health(HealthKind.UNKNOWN, test);
        boolean none = first.resolved().map(String::strip).filter("NONE"::equals).isPresent();
        return new Health(none ? HealthKind.DISABLED : HealthKind.CHECKED, test);
    }

    /**
     * Which of a limit's alternative keys ({@code mem_limit} or {@code deploy.resources.limits.memory}) limit
     * anything.
     *
     * @param limited    whether one of them sets a limit (a positive value, or an unresolved one: it counts as set)
     * @param unlimiting the present values that set none ({@code 0}, {@code -1}, empty): report these, else the
     *                   service key
     */
    record Limit(boolean limited, List<ComposeNode> unlimiting) {
    }

    static Limit limit(ComposeNode... alternatives) {
        List<ComposeNode> unlimiting = new ArrayList<>();
        for (ComposeNode value : alternatives) {
            if (!value.present() || value.isNull()) continue;
            if (value.isUnresolved() || !value.isScalar()) return new Limit(true, List.of());
            boolean none = value.resolved().map(v -> NO_LIMIT.matcher(v.strip().toLowerCase(Locale.ROOT)).matches())
                    .orElse(false);
            if (!none) return new Limit(true, List.of());
            unlimiting.add(value);
        }
        return new Limit(false, unlimiting);
    }
}
