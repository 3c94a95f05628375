package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sensitive}, {@code nonsensitive}, {@code issensitive} and {@code ephemeralasnull} (a scan has no
 * ephemeral values, so it answers its argument), plus the path helpers: {@code basename} and {@code dirname} work
 * on text only; {@code abspath} and {@code pathexpand} of {@code ~} depend on the machine Terraform runs on, so
 * they are unknown. The value model can mark a value but not unmark it, so
 * {@code nonsensitive} rebuilds the value without marks (origins are dropped with them).
 */
final class SensitivityFunctions {
    private SensitivityFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("sensitive", a -> a.get(0).markSensitive(), "value").withNulls().withUnknowns(),
                FunctionSpec.of("nonsensitive", a -> unmarked(a.get(0)), "value").withNulls().withUnknowns(),
                FunctionSpec.of("issensitive", a -> Value.of(Conversions.containsSensitive(a.get(0))), "value")
                        .withNulls().withUnknowns(),
                FunctionSpec.of("ephemeralasnull", a -> a.get(0), "value").withNulls().withUnknowns(),
                FunctionSpec.of("basename", a -> Value.of(basename(a.string(0))), "path"),
                FunctionSpec.of("dirname", a -> Value.of(dirname(a.string(0))), "path"),
                FunctionSpec.of("abspath", a -> Value.unknown("abspath() depends on the folder Terraform runs in"), "path"),
                FunctionSpec.of("pathexpand", a -> a.string(0).startsWith("~")
                        ? Value.unknown("pathexpand() depends on the home folder of whoever runs Terraform")
                        : Value.of(a.string(0)), "path"));
    }

    /** The same content with no sensitive mark anywhere. */
    static Value unmarked(Value value) {
        if (value.isList()) {
            List<Value> items = new ArrayList<>();
            for (Value item : value.items()) items.add(unmarked(item));
            return Value.list(items);
        }
        if (value.isMap()) {
            Map<String, Value> entries = new LinkedHashMap<>();
            value.entries().forEach((k, v) -> entries.put(k, unmarked(v)));
            return Value.map(entries);
        }
        if (value.string().isPresent()) return Value.of(value.string().get());
        if (value.number().isPresent()) return Value.of(value.number().get());
        if (value.bool().isPresent()) return Value.of(value.bool().get());
        if (value.isNull()) return Value.nullValue();
        if (value.isUnknown()) return Value.unknown(value.unknownReasons().toArray(String[]::new));
        return value;
    }

    /** Go's filepath.Base on forward slashes: the last element, trailing slashes ignored. */
    static String basename(String path) {
        if (path.isEmpty()) return ".";
        String trimmed = path.replaceAll("/+$", "");
        if (trimmed.isEmpty()) return "/";
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Go's filepath.Dir on forward slashes: all but the last element, cleaned. */
    static String dirname(String path) {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        return clean(dir);
    }

    private static String clean(String path) {
        if (path.isEmpty()) return ".";
        boolean rooted = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/+")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!(part.equals("..") && rooted)) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }
}
