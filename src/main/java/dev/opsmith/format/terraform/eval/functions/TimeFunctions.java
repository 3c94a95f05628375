package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and time functions. {@code timestamp()} and {@code plantimestamp()} name the moment of the run, so a scan
 * cannot know them; the others are pure functions of RFC 3339 timestamps and are computed.
 */
final class TimeFunctions {
    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private TimeFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("timestamp", a -> Value.unknown("timestamp() changes on every run")),
                FunctionSpec.of("plantimestamp", a -> Value.unknown("plantimestamp() is the time of the plan, which changes on every run")),
                FunctionSpec.of("formatdate", a -> Value.of(formatDate(a, a.string(0), parse(a, 1))), "spec", "timestamp"),
                FunctionSpec.of("timeadd", TimeFunctions::timeAdd, "timestamp", "duration"),
                FunctionSpec.of("timecmp", a -> Value.of(Integer.signum(parse(a, 0).toInstant().compareTo(parse(a, 1).toInstant()))),
                        "timestamp_a", "timestamp_b"));
    }

    private static OffsetDateTime parse(Arguments a, int index) {
        String text = a.string(index);
        if (!RFC3339.matcher(text).matches()) {
            throw a.invalid(index, "not a valid RFC3339 timestamp: \"" + text + "\"");
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw a.invalid(index, "not a valid RFC3339 timestamp: \"" + text + "\"");
        }
    }

    private static Value timeAdd(Arguments a) {
        OffsetDateTime time = parse(a, 0);
        Duration duration = duration(a, a.string(1));
        OffsetDateTime result = time.plus(duration);
        return Value.of(rfc3339(result));
    }

    /** Go's RFC 3339 layout: seconds without fraction, {@code Z} for UTC. */
    private static String rfc3339(OffsetDateTime time) {
        String offset = time.getOffset().equals(ZoneOffset.UTC) ? "Z" : time.getOffset().getId();
        return time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + offset;
    }

    /** A Go duration such as {@code 1h30m}, {@code -10m} or {@code 1.5h}. */
    private static Duration duration(Arguments a, String text) {
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (body.equals("0")) return Duration.ZERO;
        Matcher matcher = DURATION_PART.matcher(body);
        BigDecimal nanos = BigDecimal.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            BigDecimal unit = switch (matcher.group(2)) {
                case "ns" -> BigDecimal.ONE;
                case "us", "µs", "μs" -> BigDecimal.valueOf(1_000L);
                case "ms" -> BigDecimal.valueOf(1_000_000L);
                case "s" -> BigDecimal.valueOf(1_000_000_000L);
                case "m" -> BigDecimal.valueOf(60_000_000_000L);
                default -> BigDecimal.valueOf(3_600_000_000_000L);
            };
            nanos = nanos.add(new BigDecimal(matcher.group(1)).multiply(unit));
            end = matcher.end();
        }
        if (body.isEmpty() || end != body.length()) throw a.invalid(1, "time: invalid duration \"" + text + "\"");
        long total = nanos.longValue();
        return Duration.ofNanos(text.startsWith("-") ? -total : total);
    }

    /** Terraform's formatdate spec: letter sequences are fields, quoted text is literal, other characters pass. */
    static String formatDate(Arguments a, String spec, OffsetDateTime time) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                StringBuilder literal = new StringBuilder();
                while (true) {
                    if (end >= spec.length()) throw a.invalid(0, "unterminated literal '");
                    if (spec.charAt(end) == '\'') {
                        if (end + 1 < spec.length() && spec.charAt(end + 1) == '\'') {
                            literal.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(spec.charAt(end++));
                }
                out.append(end == i + 1 ? "'" : literal);
                i = end + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < spec.length() && spec.charAt(end) == c) end++;
            out.append(field(a, spec.substring(i, end), time));
            i = end;
        }
        return out.toString();
    }

    private static String field(Arguments a, String token, OffsetDateTime t) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        int offsetMinutes = t.getOffset().getTotalSeconds() / 60;
        String sign = offsetMinutes < 0 ? "-" : "+";
        int abs = Math.abs(offsetMinutes);
        return switch (token) {
            case "YYYY" -> String.format("%04d", t.getYear());
            case "YY" -> String.format("%02d", t.getYear() % 100);
            case "MMMM" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "MMM" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MM" -> String.format("%02d", t.getMonthValue());
            case "M" -> Integer.toString(t.getMonthValue());
            case "DD" -> String.format("%02d", t.getDayOfMonth());
            case "D" -> Integer.toString(t.getDayOfMonth());
            case "EEEE" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "EEE" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "hh" -> String.format("%02d", t.getHour());
            case "h" -> Integer.toString(t.getHour());
            case "HH" -> String.format("%02d", hour12);
            case "H" -> Integer.toString(hour12);
            case "AA" -> t.getHour() < 12 ? "AM" : "PM";
            case "aa" -> t.getHour() < 12 ? "am" : "pm";
            case "mm" -> String.format("%02d", t.getMinute());
            case "m" -> Integer.toString(t.getMinute());
            case "ss" -> String.format("%02d", t.getSecond());
            case "s" -> Integer.toString(t.getSecond());
            case "ZZZZZ" -> sign + String.format("%02d:%02d", abs / 60, abs % 60);
            case "ZZZZ" -> sign + String.format("%02d%02d", abs / 60, abs % 60);
            case "ZZZ" -> offsetMinutes == 0 ? "UTC" : sign + String.format("%02d%02d", abs / 60, abs % 60);
            case "Z" -> offsetMinutes == 0 ? "Z" : sign + String.format("%02d:%02d", abs / 60, abs % 60);
            default -> throw a.invalid(0, "invalid date format verb \"" + token + "\": unsupported sequence");
        };
    }
}
