package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** {@code regex}, {@code regexall} and the {@code /…/} form of {@code replace}, on {@link Re2Pattern}s. */
final class RegexFunctions {
    private RegexFunctions() {
    }

    static Value regex(Arguments a, boolean all) {
        try {
            return match(a, all);
        } catch (BoundedText.TooSlow e) {
            throw tooSlow(a);
        }
    }

    private static FunctionException tooSlow(Arguments a) {
        return a.failed("matching gave up: Java's regular expression engine backtracks where Terraform's RE2 does not,"
                + " and this pattern took too long on this text; simplify nested repetitions such as (a+)+");
    }

    private static Value match(Arguments a, boolean all) {
        Re2Pattern pattern = compile(a, 0, a.string(0));
        if (pattern.hasNamedGroups() && pattern.groupNames().subList(1, pattern.groupNames().size()).contains(null)) {
            throw a.invalid(0, "can't mix both named and unnamed capture groups");
        }
        Matcher matcher = pattern.pattern().matcher(new BoundedText(a.string(1), BoundedText.DEFAULT_BUDGET));
        if (!all) {
            if (!matcher.find()) throw a.failed("pattern did not match any part of the given string");
            return captures(pattern, matcher);
        }
        List<Value> matches = new ArrayList<>();
        int previousEnd = -1;
        while (matcher.find()) {
            if (abutsPrevious(matcher, previousEnd)) continue;
            matches.add(captures(pattern, matcher));
            previousEnd = matcher.end();
        }
        return Value.list(matches);
    }

    /** Go ignores an empty match right where the previous match ended; Java reports it. */
    private static boolean abutsPrevious(Matcher matcher, int previousEnd) {
        return matcher.start() == matcher.end() && matcher.start() == previousEnd;
    }

    private static Value captures(Re2Pattern pattern, Matcher matcher) {
        if (pattern.groupCount() == 0) return Value.of(matcher.group());
        if (pattern.hasNamedGroups()) {
            Map<String, Value> named = new LinkedHashMap<>();
            for (int i = 1; i <= pattern.groupCount(); i++) named.put(pattern.groupNames().get(i), group(matcher, i));
            return Conversions.sortedMap(named);
        }
        List<Value> groups = new ArrayList<>();
        for (int i = 1; i <= pattern.groupCount(); i++) groups.add(group(matcher, i));
        return Value.list(groups);
    }

    private static Value group(Matcher matcher, int index) {
        String text = matcher.group(index);
        return text == null ? Value.nullValue() : Value.of(text);
    }

    /**
     * Replaces every match, expanding {@code $1}, {@code ${1}}, {@code $name} and {@code ${name}} as Go's regexp
     * does (a name is the longest run of letters, digits and underscores; an unknown group expands to nothing;
     * {@code $$} is a dollar sign).
     */
    static String replaceAll(Arguments a, String re2, String text, String template) {
        try {
            return replaceBounded(a, re2, text, template);
        } catch (BoundedText.TooSlow e) {
            throw tooSlow(a);
        }
    }

    private static String replaceBounded(Arguments a, String re2, String text, String template) {
        Re2Pattern pattern = compile(a, 1, re2);
        Matcher matcher = pattern.pattern().matcher(new BoundedText(text, BoundedText.DEFAULT_BUDGET));
        StringBuilder out = new StringBuilder();
        int last = 0;
        int previousEnd = -1;
        while (matcher.find()) {
            if (abutsPrevious(matcher, previousEnd)) continue;
            previousEnd = matcher.end();
            out.append(text, last, matcher.start());
            expand(template, pattern, matcher, out);
            last = matcher.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static void expand(String template, Re2Pattern pattern, Matcher matcher, StringBuilder out) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int next;
            if (template.charAt(i + 1) == '{') {
                int close = template.indexOf('}', i + 2);
                name = close < 0 ? "" : template.substring(i + 2, close);
                if (close < 0 || !name.matches("[A-Za-z0-9_]+")) {
                    out.append(c);
                    i++;
                    continue;
                }
                next = close + 1;
            } else {
                int end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) end++;
                if (end == i + 1) {
                    out.append(c);
                    i++;
                    continue;
                }
                name = template.substring(i + 1, end);
                next = end;
            }
            int index = groupIndex(pattern, name);
            if (index >= 0 && matcher.group(index) != null) out.append(matcher.group(index));
            i = next;
        }
    }

    private static int groupIndex(Re2Pattern pattern, String name) {
        if (name.matches("\\d+")) {
            try {
                int index = Integer.parseInt(name);
                return index <= pattern.groupCount() ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return pattern.groupNames().indexOf(name);
    }

    private static Re2Pattern compile(Arguments a, int param, String re2) {
        try {
            return Re2Pattern.compile(re2);
        } catch (Re2Pattern.Re2Exception e) {
            throw a.invalid(param, e.getMessage());
        }
    }
}
