package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the document a {@code data "aws_iam_policy_document"} produces, as the AWS provider does: first the
 * statements of {@code source_policy_documents} in order, then the data source's own {@code statement} blocks,
 * then each of {@code override_policy_documents} in order. Each step merges like the provider's merge: a statement
 * with a non-empty sid replaces, in place, an earlier statement with the same sid; any other statement is appended.
 * {@code effect} defaults to {@code Allow}, {@code version} to {@code 2012-10-17}; {@code principals} of type
 * {@code *} are the wildcard principal, as the provider writes {@code "Principal": "*"} for them.
 */
final class PolicyDataSource {
    static final String DEFAULT_VERSION = "2012-10-17";

    private PolicyDataSource() {
    }

    /**
     * @param nested reads one item of {@code source_policy_documents} / {@code override_policy_documents}
     */
    static PolicyRead read(ResourceInstance data, Function<Value, PolicyRead> nested) {
        SourceFile file = data.block().file();
        Span header = data.block().header();
        List<PolicyStatement> merged = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        mergeDocuments(data.value("source_policy_documents"), nested, merged, unknown);
        List<PolicyStatement> own = new ArrayList<>();
        for (EvaluatedBlock block : data.blocks("statement")) {
            if (block.undecided().isPresent()) unknown.addAll(block.undecided().get().unknownReasons());
            else own.add(statement(block, file));
        }
        merge(merged, own);
        mergeDocuments(data.value("override_policy_documents"), nested, merged, unknown);
        Optional<PolicyString> version = data.attribute("version")
                .filter(a -> !a.value().isNull())
                .map(a -> new PolicyValueReader(file, valueSpan(a)).string(a.value()))
                .or(() -> Optional.of(PolicyString.known(DEFAULT_VERSION, header)));
        return PolicyRead.of(new PolicyDocument(data.address(), PolicyDocument.Form.DATA_SOURCE, file, header,
                version, merged, unknown));
    }

    private static void mergeDocuments(Value list, Function<Value, PolicyRead> nested, List<PolicyStatement> merged,
                                       List<String> unknown) {
        if (list.isAbsent() || list.isNull()) return;
        if (!list.isKnown()) {
            unknown.addAll(list.unknownReasons());
            return;
        }
        for (Value item : list.items()) {
            PolicyRead read = nested.apply(item);
            if (read.document().isPresent()) {
                merge(merged, read.document().get().statements());
                unknown.addAll(read.document().get().statementUnknownReasons());
            } else if (read.state() == PolicyRead.State.UNKNOWN) {
                unknown.addAll(read.unknownReasons());
            }
        }
    }

    /** The provider's merge: same non-empty sid replaces in place, anything else is appended. */
    static void merge(List<PolicyStatement> into, List<PolicyStatement> statements) {
        for (PolicyStatement s : statements) {
            Optional<String> sid = s.sid().filter(x -> !x.isEmpty());
            int at = -1;
            if (sid.isPresent()) {
                for (int i = 0; i < into.size() && at < 0; i++) {
                    if (into.get(i).sid().equals(sid)) at = i;
                }
            }
            if (at >= 0) into.set(at, s);
            else into.add(s);
        }
    }

    private static PolicyStatement statement(EvaluatedBlock block, SourceFile file) {
        Span span = block.source().node().typeSpan();
        Optional<String> sid = block.attribute("sid").flatMap(a -> a.value().string());
        Optional<PolicyString> effect = Optional.of(block.attribute("effect").filter(a -> !a.value().isNull())
                .map(a -> new PolicyValueReader(file, valueSpan(a)).string(a.value()))
                .orElse(PolicyString.known("Allow", span)));
        List<PolicyCondition> conditions = new ArrayList<>();
        List<String> conditionUnknown = new ArrayList<>();
        for (EvaluatedBlock c : block.blocks("condition")) {
            if (c.undecided().isPresent()) {
                conditionUnknown.addAll(c.undecided().get().unknownReasons());
                continue;
            }
            Value test = value(c, "test");
            Value variable = value(c, "variable");
            if (test.string().isEmpty() || variable.string().isEmpty()) {
                conditionUnknown.addAll(Value.unknownFrom(List.of(test, variable)).unknownReasons());
                continue;
            }
            conditions.add(new PolicyCondition(test.string().get(), variable.string().get(),
                    strings(c, "values", file, c.source().node().typeSpan()), c.source().node().typeSpan()));
        }
        return new PolicyStatement(sid, effect, new ActionSet(strings(block, "actions", file, span)),
                new ActionSet(strings(block, "not_actions", file, span)), strings(block, "resources", file, span),
                strings(block, "not_resources", file, span), principals(block, "principals", file, span),
                principals(block, "not_principals", file, span), conditions, conditionUnknown,
                !block.blocks("condition").isEmpty(), file, span);
    }

    private static PrincipalSet principals(EvaluatedBlock statement, String type, SourceFile file, Span fallback) {
        List<EvaluatedBlock> blocks = statement.blocks(type);
        if (blocks.isEmpty()) return PrincipalSet.absent(fallback);
        Map<String, List<PolicyString>> byType = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (EvaluatedBlock b : blocks) {
            Span at = b.source().node().typeSpan();
            if (b.undecided().isPresent()) {
                unknown.addAll(b.undecided().get().unknownReasons());
                continue;
            }
            Value kind = value(b, "type");
            if (kind.string().isEmpty()) {
                unknown.addAll(Value.unknownFrom(List.of(kind)).unknownReasons());
                continue;
            }
            String t = kind.string().get().equals("*") ? PrincipalSet.AWS : kind.string().get();
            PolicyStrings ids = strings(b, "identifiers", file, at);
            unknown.addAll(ids.unknownReasons());
            byType.computeIfAbsent(t, k -> new ArrayList<>()).addAll(ids.items());
            spans.putIfAbsent(t, ids.span());
        }
        Map<String, PolicyStrings> result = new LinkedHashMap<>();
        byType.forEach((t, items) -> result.put(t, new PolicyStrings(true, items, List.of(), spans.get(t))));
        return new PrincipalSet(true, result, unknown, blocks.get(0).source().node().typeSpan());
    }

    private static PolicyStrings strings(EvaluatedBlock block, String name, SourceFile file, Span fallback) {
        Optional<EvaluatedAttribute> a = block.attribute(name);
        if (a.isEmpty() || a.get().value().isNull()) return PolicyStrings.absent(fallback);
        Span at = valueSpan(a.get());
        Value v = a.get().value();
        PolicyValueReader reader = new PolicyValueReader(file, at);
        if (!v.isKnown()) return new PolicyStrings(true, List.of(), v.unknownReasons(), at);
        List<Value> items = v.isList() ? v.items() : List.of(v);
        List<PolicyString> strings = new ArrayList<>();
        for (Value item : items) {
            if (!item.isNull()) strings.add(reader.string(item));
        }
        return new PolicyStrings(true, strings, List.of(), at);
    }

    private static Value value(EvaluatedBlock block, String name) {
        return block.attribute(name).map(EvaluatedAttribute::value).orElse(Value.absent(name));
    }

    static Span valueSpan(EvaluatedAttribute a) {
        return a.source().node().value().span();
    }
}
