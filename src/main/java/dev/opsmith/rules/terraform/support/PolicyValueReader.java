package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a policy written as a value (the object given to {@code jsonencode}, or parsed JSON) into a
 * {@link PolicyDocument}. Element names are matched without regard to case, as IAM does. A value's span is its
 * {@link Origin} when that points into the document's file, else the fallback span of the whole policy value.
 */
final class PolicyValueReader {
    private final SourceFile file;
    private final Span fallback;

    PolicyValueReader(SourceFile file, Span fallback) {
        this.file = file;
        this.fallback = fallback;
    }

    PolicyRead read(Value root, String name, PolicyDocument.Form form) {
        if (root.isUnknown()) return PolicyRead.unknown(root.unknownReasons(), fallback);
        if (root.isError()) return PolicyRead.unknown(List.of("the policy could not be evaluated"), fallback);
        if (!root.isMap()) return PolicyRead.invalid("a policy must be a JSON object", span(root));
        Optional<PolicyString> version = element(root, "Version").map(this::string);
        List<PolicyStatement> statements = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Optional<Value> statement = element(root, "Statement");
        if (statement.isPresent()) {
            Value s = statement.get();
            if (s.isMap()) {
                statements.add(statement(s));
            } else if (s.isList()) {
                for (Value item : s.items()) {
                    if (item.isMap()) statements.add(statement(item));
                    else if (!item.isKnown()) unknown.addAll(reasons(item));
                }
            } else if (!s.isKnown()) {
                unknown.addAll(reasons(s));
            }
        }
        return PolicyRead.of(new PolicyDocument(name, form, file, span(root), version, statements, unknown));
    }

    private PolicyStatement statement(Value s) {
        Optional<String> sid = element(s, "Sid").flatMap(Value::string);
        Optional<PolicyString> effect = element(s, "Effect").map(this::string);
        List<PolicyCondition> conditions = new ArrayList<>();
        List<String> conditionUnknown = new ArrayList<>();
        Optional<Value> condition = element(s, "Condition");
        condition.ifPresent(c -> conditions(c, conditions, conditionUnknown));
        return new PolicyStatement(sid, effect, new ActionSet(strings(s, "Action")),
                new ActionSet(strings(s, "NotAction")), strings(s, "Resource"), strings(s, "NotResource"),
                principals(s, "Principal"), principals(s, "NotPrincipal"), conditions, conditionUnknown,
                condition.isPresent() && !condition.get().isNull(), file, span(s));
    }

    private void conditions(Value c, List<PolicyCondition> into, List<String> unknown) {
        if (!c.isKnown()) {
            unknown.addAll(reasons(c));
            return;
        }
        for (Map.Entry<String, Value> op : c.entries().entrySet()) {
            Value keys = op.getValue();
            if (!keys.isKnown() || op.getKey().indexOf(PolicyJson.MARK) >= 0) {
                unknown.addAll(reasons(keys));
                continue;
            }
            for (Map.Entry<String, Value> key : keys.entries().entrySet()) {
                if (key.getKey().indexOf(PolicyJson.MARK) >= 0) {
                    unknown.add("a condition key of the policy is interpolated from an unknown value");
                    continue;
                }
                into.add(new PolicyCondition(op.getKey(), key.getKey(), strings(key.getValue()),
                        span(key.getValue())));
            }
        }
    }

    private PrincipalSet principals(Value s, String element) {
        Optional<Value> p = element(s, element);
        if (p.isEmpty() || p.get().isNull()) return PrincipalSet.absent(fallback);
        Value v = p.get();
        if (!v.isKnown()) return new PrincipalSet(true, Map.of(), reasons(v), span(v));
        Map<String, PolicyStrings> byType = new LinkedHashMap<>();
        if (v.isMap()) {
            v.entries().forEach((type, ids) -> byType.put(type, strings(ids)));
        } else {
            byType.put(PrincipalSet.AWS, strings(v));
        }
        return new PrincipalSet(true, byType, List.of(), span(v));
    }

    private PolicyStrings strings(Value s, String element) {
        Optional<Value> v = element(s, element);
        return v.isEmpty() || v.get().isNull() ? PolicyStrings.absent(fallback) : strings(v.get());
    }

    private PolicyStrings strings(Value v) {
        if (!v.isKnown()) return new PolicyStrings(true, List.of(), reasons(v), span(v));
        List<PolicyString> items = new ArrayList<>();
        if (v.isList()) {
            for (Value item : v.items()) {
                if (!item.isNull()) items.add(string(item));
            }
        } else {
            items.add(string(v));
        }
        return new PolicyStrings(true, items, List.of(), span(v));
    }

    PolicyString string(Value v) {
        Optional<String> text = v.string().or(() -> v.number().map(BigDecimal::toPlainString))
                .or(() -> v.bool().map(String::valueOf));
        return text.map(t -> PolicyString.known(t, span(v))).orElseGet(() -> PolicyString.unknown(reasons(v), span(v)));
    }

    private static List<String> reasons(Value v) {
        List<String> reasons = v.unknownReasons();
        if (!reasons.isEmpty()) return reasons;
        return List.of(v.isError() ? "a part of the policy could not be evaluated" : "a part of the policy is not a string");
    }

    Span span(Value v) {
        return v.origin().filter(o -> o.file().equals(file.relativePath())).map(Origin::span).orElse(fallback);
    }

    /** The element {@code name} of a statement or document, matched without regard to case. */
    static Optional<Value> element(Value map, String name) {
        for (Map.Entry<String, Value> e : map.entries().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }
}
