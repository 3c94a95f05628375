package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.ErrorValue;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short helpers for building arguments and calling functions in tests. */
final class Calls {
    private Calls() {
    }

    static Value call(String name, Object... args) {
        return callIn(FunctionContext.NONE, name, args);
    }

    static Value callIn(FunctionContext context, String name, Object... args) {
        List<Value> values = new ArrayList<>();
        for (Object arg : args) values.add(value(arg));
        return Functions.call(name, values, context);
    }

    /** Strings, numbers, booleans, lists and maps of them, null, or values as they are. */
    static Value value(Object o) {
        if (o == null) return Value.nullValue();
        if (o instanceof Value v) return v;
        if (o instanceof String s) return Value.of(s);
        if (o instanceof Integer i) return Value.of(i);
        if (o instanceof Long l) return Value.of(l);
        if (o instanceof Double d) return Value.of(new BigDecimal(d.toString()));
        if (o instanceof Boolean b) return Value.of(b);
        if (o instanceof List<?> list) {
            List<Value> items = new ArrayList<>();
            for (Object item : list) items.add(value(item));
            return Value.list(items);
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Value> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put((String) k, value(v)));
            return Value.map(entries);
        }
        throw new IllegalArgumentException("unsupported test value " + o);
    }

    static String error(Value value) {
        return value instanceof ErrorValue e ? e.message() : "not an error: " + value;
    }
}
