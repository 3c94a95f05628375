package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The API server parses the schedule with the standard cron parser and rejects what it cannot read. */
public final class CronJobScheduleInvalid extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S173", "CronJob schedule is not a valid cron expression")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a CronJob `spec.schedule` that the API server would reject: not five fields and "
                    + "not one of `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly` or "
                    + "`@every <duration>`; a field value outside its range (minute 0–59, hour 0–23, day 1–31, month "
                    + "1–12 or JAN–DEC, weekday 0–6 or SUN–SAT), a reversed range or a zero step; or a `TZ=`/`CRON_TZ=` "
                    + "time zone in the schedule (use `spec.timeZone`). Quartz-style seconds fields, `L`, `W`, `#` "
                    + "and Jenkins' `H` are not accepted either. Values with template syntax are skipped.")
            .rationale("An invalid schedule fails the apply, and a schedule with a time zone prefix is rejected for "
                    + "new CronJobs. Copying a Quartz or Jenkins expression from another scheduler is the usual "
                    + "cause; for end-of-day settlement or regulatory reporting jobs the failure means the batch does "
                    + "not run at all.")
            .remediation("Write a five-field expression (`minute hour day-of-month month day-of-week`, e.g. "
                    + "`30 2 * * 1-5`) or a macro such as `@daily`, and put the time zone in `spec.timeZone: "
                    + "Europe/Zurich`.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax")
            .reference("https://pkg.go.dev/github.com/robfig/cron/v3")
            .build();

    private static final Set<String> MACROS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)"
            + "(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h))*");
    private static final Map<String, Integer> MONTHS = names("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> DAYS = names("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    /** The bounds and names of one of the five fields. */
    private record Field(String name, int min, int max, Map<String, Integer> names) {
    }

    private static final List<Field> FIELDS = List.of(new Field("minute", 0, 59, Map.of()),
            new Field("hour", 0, 23, Map.of()), new Field("day of month", 1, 31, Map.of()),
            new Field("month", 1, 12, MONTHS), new Field("day of week", 0, 6, DAYS));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("CronJob")) continue;
            YamlNode schedule = o.spec().get("schedule");
            Optional<String> text = schedule.text();
            if (text.isEmpty() || SelectorExpression.isTemplated(text.get())) continue;
            problem(text.get()).ifPresent(p -> report(context, o, schedule.span(), o.display() + " has schedule \""
                    + text.get() + "\": " + p));
        }
    }

    /** Why the API server would reject the schedule, or empty when it accepts it. */
    static Optional<String> problem(String schedule) {
        String s = schedule.strip();
        if (s.contains("TZ")) return Optional.of("a time zone in the schedule is rejected; set spec.timeZone instead");
        if (s.isEmpty()) return Optional.of("the schedule is empty");
        if (s.startsWith("@")) {
            if (MACROS.contains(s)) return Optional.empty();
            if (s.startsWith("@every ") && DURATION.matcher(s.substring("@every ".length()).strip()).matches()) {
                return Optional.empty();
            }
            return Optional.of("unknown macro; use @yearly, @monthly, @weekly, @daily, @hourly or five fields");
        }
        String[] parts = s.split("\\s+");
        if (parts.length != 5) {
            return Optional.of(parts.length + " fields instead of 5 (minute hour day-of-month month day-of-week)"
                    + (parts.length == 6 || parts.length == 7 ? "; seconds and year fields are not supported" : ""));
        }
        for (int i = 0; i < 5; i++) {
            Optional<String> p = field(parts[i], FIELDS.get(i));
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    private static Optional<String> field(String expr, Field f) {
        for (String part : expr.split(",", -1)) {
            String[] rangeAndStep = part.split("/", -1);
            if (rangeAndStep.length > 2) return bad(f, part, "too many '/'");
            String[] lowHigh = rangeAndStep[0].split("-", -1);
            int start;
            int end;
            if (lowHigh[0].equals("*") || lowHigh[0].equals("?")) {
                start = f.min();
                end = f.max();
            } else {
                if (lowHigh.length > 2) return bad(f, part, "too many '-'");
                Integer low = value(lowHigh[0], f);
                if (low == null) return bad(f, part, "'" + lowHigh[0] + "' is not a valid value");
                start = low;
                end = low;
                if (lowHigh.length == 2) {
                    Integer high = value(lowHigh[1], f);
                    if (high == null) return bad(f, part, "'" + lowHigh[1] + "' is not a valid value");
                    end = high;
                }
            }
            if (rangeAndStep.length == 2) {
                if (!rangeAndStep[1].matches("[0-9]{1,9}")) return bad(f, part, "the step is not a number");
                if (Integer.parseInt(rangeAndStep[1]) == 0) return bad(f, part, "the step must be positive");
                if (lowHigh.length == 1) end = f.max();
            }
            if (start < f.min() || end > f.max()) {
                return bad(f, part, "out of range " + f.min() + "-" + f.max());
            }
            if (start > end) return bad(f, part, "the range starts after it ends");
        }
        return Optional.empty();
    }

    private static Integer value(String text, Field f) {
        Integer named = f.names().get(text.toLowerCase(Locale.ROOT));
        if (named != null) return named;
        return text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : null;
    }

    private static Optional<String> bad(Field f, String part, String why) {
        return Optional.of(f.name() + " field '" + part + "': " + why);
    }

    private static Map<String, Integer> names(String... names) {
        Map<String, Integer> out = new java.util.HashMap<>();
        int first = names.length == 12 ? 1 : 0;
        for (int i = 0; i < names.length; i++) out.put(names[i], i + first);
        return Map.copyOf(out);
    }
}
