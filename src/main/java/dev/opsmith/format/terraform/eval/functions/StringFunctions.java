package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's string functions. Lengths, offsets and reversal count user-perceived characters (grapheme clusters)
 * as Terraform does, so {@code substr} never cuts an accented letter in two.
 */
final class StringFunctions {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private StringFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("lower", a -> Value.of(mapCodePoints(a.string(0), Character::toLowerCase)), "str"),
                FunctionSpec.of("upper", a -> Value.of(mapCodePoints(a.string(0), Character::toUpperCase)), "str"),
                FunctionSpec.of("title", a -> Value.of(title(a.string(0))), "str"),
                FunctionSpec.of("trimspace", a -> Value.of(trimSpace(a.string(0))), "str"),
                FunctionSpec.of("trim", a -> Value.of(trim(a.string(0), a.string(1))), "str", "cutset"),
                FunctionSpec.of("trimprefix", StringFunctions::trimPrefix, "str", "prefix"),
                FunctionSpec.of("trimsuffix", StringFunctions::trimSuffix, "str", "suffix"),
                FunctionSpec.of("chomp", a -> Value.of(a.string(0).replaceAll("[\r\n]+\\z", "")), "str"),
                FunctionSpec.of("strrev", a -> Value.of(reverse(a.string(0))), "str"),
                FunctionSpec.of("substr", StringFunctions::substr, "str", "offset", "length"),
                FunctionSpec.of("indent", a -> Value.of(a.string(1).replace("\n", "\n" + " ".repeat(Math.max(0, a.integer(0))))), "spaces", "str"),
                FunctionSpec.of("startswith", a -> Value.of(a.string(0).startsWith(a.string(1))), "str", "prefix"),
                FunctionSpec.of("endswith", a -> Value.of(a.string(0).endsWith(a.string(1))), "str", "suffix"),
                FunctionSpec.of("strcontains", a -> Value.of(a.string(0).contains(a.string(1))), "str", "substr"),
                FunctionSpec.of("split", StringFunctions::split, "separator", "str"),
                FunctionSpec.of("join", StringFunctions::join, "separator", "lists").repeatingLast(),
                FunctionSpec.of("replace", StringFunctions::replace, "str", "substr", "replace"),
                FunctionSpec.of("regex", a -> RegexFunctions.regex(a, false), "pattern", "string"),
                FunctionSpec.of("regexall", a -> RegexFunctions.regex(a, true), "pattern", "string"),
                FunctionSpec.of("format", FormatFunction::format, "format", "args").repeatingLast().withNulls(),
                FunctionSpec.of("formatlist", FormatFunction::formatList, "format", "args").repeatingLast().withNulls());
    }

    /**
     * Case mapping one character at a time, as Terraform does: {@code ß} stays {@code ß} in upper case and
     * {@code İ} lowers to a plain {@code i}, where Java's locale-aware String methods would change the length.
     */
    static String mapCodePoints(String text, java.util.function.IntUnaryOperator mapping) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(mapping.applyAsInt(c)));
        return out.toString();
    }

    /** The grapheme clusters of {@code text}: what a reader counts as characters. */
    static List<String> graphemes(String text) {
        List<String> out = new ArrayList<>();
        Matcher matcher = GRAPHEME.matcher(text);
        while (matcher.find()) out.add(matcher.group());
        return out;
    }

    /** Upper-cases the first letter of each word; words are separated as Go's strings.Title separates them. */
    static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(isSeparator(previous) ? Character.toTitleCase(c) : c);
            previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        if (c <= 0x7F) {
            return !(Character.isLetterOrDigit(c) || c == '_');
        }
        if (Character.isLetter(c) || Character.isDigit(c)) return false;
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f' || c == 0x85 || c == 0xA0
                || Character.isSpaceChar(c);
    }

    static String trimSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) start += Character.charCount(text.codePointAt(start));
        while (end > start && isSpace(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        return text.substring(start, end);
    }

    private static String trim(String text, String cutset) {
        int start = 0;
        int end = text.length();
        while (start < end && cutset.indexOf(text.codePointAt(start)) >= 0) start += Character.charCount(text.codePointAt(start));
        while (end > start && cutset.indexOf(text.codePointBefore(end)) >= 0) end -= Character.charCount(text.codePointBefore(end));
        return text.substring(start, end);
    }

    private static Value trimPrefix(Arguments a) {
        String text = a.string(0);
        String prefix = a.string(1);
        return Value.of(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
    }

    private static Value trimSuffix(Arguments a) {
        String text = a.string(0);
        String suffix = a.string(1);
        return Value.of(text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text);
    }

    private static String reverse(String text) {
        List<String> parts = graphemes(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = parts.size() - 1; i >= 0; i--) out.append(parts.get(i));
        return out.toString();
    }

    private static Value substr(Arguments a) {
        List<String> parts = graphemes(a.string(0));
        int offset = a.integer(1);
        int length = a.integer(2);
        int size = parts.size();
        if (offset < 0) offset += size;
        if (offset < 0) throw a.invalid(1, "offset " + a.integer(1) + " is out of range for a string of length " + size);
        if (offset > size) return Value.of("");
        int end = length < 0 ? size : Math.min(size, offset + length);
        return Value.of(String.join("", parts.subList(offset, Math.max(offset, end))));
    }

    private static Value split(Arguments a) {
        String separator = a.string(0);
        String text = a.string(1);
        List<Value> out = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> out.add(Value.of(new String(Character.toChars(c)))));
            return Value.list(out);
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(separator, from);
            if (at < 0) break;
            out.add(Value.of(text.substring(from, at)));
            from = at + separator.length();
        }
        out.add(Value.of(text.substring(from)));
        return Value.list(out);
    }

    private static Value join(Arguments a) {
        String separator = a.string(0);
        if (a.size() < 2) throw a.failed("at least one list is required");
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) {
            int index = 0;
            for (Value item : a.list(i)) {
                if (item.isNull()) throw a.invalid(i, "element " + index + " is null; cannot concatenate null values");
                parts.add(Conversions.asString(item).orElseThrow(
                        () -> a.invalid(1, "element " + parts.size() + ": string required")));
                index++;
            }
        }
        return Value.of(String.join(separator, parts));
    }

    private static Value replace(Arguments a) {
        String text = a.string(0);
        String search = a.string(1);
        String replacement = a.string(2);
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            return Value.of(RegexFunctions.replaceAll(a, search.substring(1, search.length() - 1), text, replacement));
        }
        if (search.isEmpty()) {
            StringBuilder out = new StringBuilder(replacement);
            text.codePoints().forEach(c -> out.appendCodePoint(c).append(replacement));
            return Value.of(out.toString());
        }
        return Value.of(text.replace(search, replacement));
    }
}
