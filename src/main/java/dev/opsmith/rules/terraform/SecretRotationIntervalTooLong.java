package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A secret whose rotation schedule lets one credential live longer than the allowed number of days. */
public final class SecretRotationIntervalTooLong extends TerraformRule {
    static final String MAX_DAYS = "maxDays";
    static final int DEFAULT_MAX_DAYS = 90;

    static final RuleMeta META = RuleMeta.builder("AWS227", "Secret rotates less often than every 90 days")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A `rotation_rules` block, inline in an `aws_secretsmanager_secret` (AWS provider v3) or "
                    + "in an `aws_secretsmanager_secret_rotation`, whose `automatically_after_days` is above the "
                    + "limit, or whose `schedule_expression` runs less often: `rate(N days)` or `rate(N hours)` "
                    + "by its period, `cron(...)` by the longest gap between the months its month field selects "
                    + "(counted as 30 days a month). The limit is the setting `maxDays` (default 90). When the "
                    + "schedule is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("Rotation bounds how long a leaked credential stays useful. PCI DSS asks that passwords "
                    + "and keys used by systems be changed periodically according to a documented risk analysis, "
                    + "and 90 days is the common ceiling for credentials that guard cardholder data.")
            .remediation("Set `automatically_after_days` (or a `rate(...)` schedule) to at most 90 days, or to the "
                    + "period your policy sets in `rules.settings.AWS227.maxDays`.")
            .reference("https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html")
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.9").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    private static final Pattern RATE = Pattern.compile(
            "(?i)^\\s*rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)\\s*$");
    private static final Pattern CRON = Pattern.compile("(?i)^\\s*cron\\((.*)\\)\\s*$");
    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        long maxDays = reporter.positiveSetting(MAX_DAYS, DEFAULT_MAX_DAYS);
        for (String type : new String[] {"aws_secretsmanager_secret", "aws_secretsmanager_secret_rotation"}) {
            for (ResourceInstance resource : reporter.resources(module, type)) {
                for (EvaluatedBlock rules : resource.blocks("rotation_rules")) {
                    if (!reporter.inThisFile(rules.source().file())) continue;
                    String name = resource.block().address();
                    if (rules.undecided().isPresent()) {
                        reporter.undecided(rules.source().node().typeSpan(), question(name),
                                rules.undecided().get().unknownReasons());
                        continue;
                    }
                    rules.attribute("automatically_after_days").ifPresent(a -> checkDays(reporter, name, a, maxDays));
                    rules.attribute("schedule_expression").ifPresent(a -> checkSchedule(reporter, name, a, maxDays));
                }
            }
        }
    }

    private static void checkDays(Reporter reporter, String name, EvaluatedAttribute days, long maxDays) {
        Value v = days.value();
        if (v.isNull()) return;
        var at = days.source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, question(name), v.unknownReasons());
            return;
        }
        v.number().filter(n -> n.longValue() > maxDays).ifPresent(n -> reporter.report(at, name
                + " rotates its secret every " + n.toPlainString() + " days, more than the " + maxDays
                + " allowed; rotate at least every " + maxDays + " days"));
    }

    private static void checkSchedule(Reporter reporter, String name, EvaluatedAttribute schedule, long maxDays) {
        Value v = schedule.value();
        if (v.isNull()) return;
        var at = schedule.source().node().span();
        if (!v.isKnown()) {
            reporter.undecided(at, question(name), v.unknownReasons());
            return;
        }
        Optional<String> text = v.string();
        if (text.isEmpty()) return;
        periodDays(text.get()).filter(days -> days > maxDays).ifPresent(days -> reporter.report(at, name
                + " rotates its secret on schedule " + text.get().strip() + ", about every " + days + " days, more "
                + "than the " + maxDays + " allowed; rotate at least every " + maxDays + " days"));
    }

    /** The longest time between two runs of a schedule expression, in whole days; empty when not understood. */
    static Optional<Long> periodDays(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long n = Long.parseLong(rate.group(1));
            String unit = rate.group(2).toLowerCase(Locale.ROOT);
            if (unit.startsWith("day")) return Optional.of(n);
            if (unit.startsWith("hour")) return Optional.of(n / 24);
            return Optional.of(n / (24 * 60));
        }
        Matcher cron = CRON.matcher(expression);
        if (!cron.matches()) return Optional.empty();
        String[] fields = cron.group(1).trim().split("\\s+");
        if (fields.length != 6) return Optional.empty();
        return monthGap(fields[3]).map(months -> months * 30L);
    }

    /** The longest gap, in months, between the months a cron month field selects (cyclic over the year). */
    private static Optional<Integer> monthGap(String field) {
        TreeSet<Integer> months = new TreeSet<>();
        for (String part : field.toUpperCase(Locale.ROOT).split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                try {
                    step = Integer.parseInt(part.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (step < 1) return Optional.empty();
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = 1;
                to = 12;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = month(ends[0]);
                to = month(ends[1]);
            } else {
                from = month(range);
                to = slash >= 0 ? 12 : from;
            }
            if (from < 1 || to < 1 || to < from) return Optional.empty();
            for (int m = from; m <= to; m += step) months.add(m);
        }
        if (months.isEmpty()) return Optional.empty();
        int gap = 12 - months.last() + months.first();
        Integer previous = null;
        for (int m : months) {
            if (previous != null) gap = Math.max(gap, m - previous);
            previous = m;
        }
        return Optional.of(gap);
    }

    /** A month number 1–12 from a number or a three-letter name; 0 when neither. */
    private static int month(String text) {
        for (int i = 0; i < MONTHS.length; i++) if (MONTHS[i].equals(text)) return i + 1;
        try {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= 12 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String question(String name) {
        return "how often " + name + " rotates its secret";
    }
}
