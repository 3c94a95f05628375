package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ExpressionEvaluator;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.TemplatePart;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IAM-style policies into one model, {@link PolicyDocument}, whatever way the configuration writes them, and
 * lists where policies live ({@link #attributes()}). The forms:
 * <ol>
 *   <li><b>{@code jsonencode({...})}</b> written directly as the attribute: the argument is re-evaluated as an
 *       object (see {@link SnapshotScope}), so an ARN known only after apply leaves the rest of the policy
 *       decidable. Spans are exact: each element points at its HCL value.</li>
 *   <li><b>A JSON string</b>: heredoc, quoted, or any expression giving a known string (a local, {@code file()},
 *       {@code templatefile()}; the evaluator already returns their text). A plain {@code <<EOF} heredoc without
 *       interpolation gets exact spans by line arithmetic; every other string (an indented {@code <<-EOF}, a quoted
 *       string with escapes, a file's content) is given the span of the attribute's value, because offsets in the
 *       decoded text no longer map to the source. A template whose interpolations are unknown is rendered with
 *       markers in their place, so only the strings holding them are unknown.</li>
 *   <li><b>{@code data "aws_iam_policy_document"}</b>, referenced through {@code .json} or {@code .minified_json}
 *       (directly or through locals): built from the data block, see {@link PolicyDataSource}. Spans point at the
 *       data block's {@code statement} blocks and attributes, in the data block's file.</li>
 * </ol>
 * Anything else unknown is {@link PolicyRead.State#UNKNOWN}; a string that is not a JSON object is
 * {@link PolicyRead.State#INVALID}.
 */
public final class PolicyDocuments {

    /** What kind of policy an attribute holds. */
    public enum Kind {
        /** Attached to a user, group or role: no {@code Principal}. */
        IDENTITY,
        /** On a resource: names its principals. */
        RESOURCE,
        /** A role's trust policy ({@code assume_role_policy}): a resource policy on the role. */
        TRUST
    }

    /**
     * Where a policy lives.
     *
     * @param resourceType the resource type
     * @param block        the nested block holding the attribute ({@code inline_policy}), or empty
     * @param attribute    the attribute
     */
    public record Location(String resourceType, Optional<String> block, String attribute, Kind kind) {
    }

    /** One written policy attribute of a resource instance. */
    public record Source(ResourceInstance owner, Location location, EvaluatedAttribute attribute) {
        /** The resource address and attribute, for messages ({@code aws_iam_policy.deploy policy}). */
        public String name() {
            return owner.address() + " " + location.block().map(b -> b + ".").orElse("") + attribute.name();
        }
    }

    private static final List<Location> LOCATIONS = List.of(
            identity("aws_iam_policy"), identity("aws_iam_role_policy"), identity("aws_iam_user_policy"),
            identity("aws_iam_group_policy"),
            new Location("aws_iam_role", Optional.empty(), "assume_role_policy", Kind.TRUST),
            new Location("aws_iam_role", Optional.of("inline_policy"), "policy", Kind.IDENTITY),
            resource("aws_s3_bucket", "policy"), resource("aws_s3_bucket_policy", "policy"),
            resource("aws_kms_key", "policy"), resource("aws_kms_key_policy", "policy"),
            resource("aws_sqs_queue", "policy"), resource("aws_sqs_queue_policy", "policy"),
            resource("aws_sns_topic", "policy"), resource("aws_sns_topic_policy", "policy"),
            resource("aws_ecr_repository_policy", "policy"),
            resource("aws_opensearch_domain", "access_policies"),
            resource("aws_opensearch_domain_policy", "access_policies"),
            resource("aws_elasticsearch_domain", "access_policies"),
            resource("aws_elasticsearch_domain_policy", "access_policies"),
            resource("aws_backup_vault_policy", "policy"), resource("aws_secretsmanager_secret", "policy"),
            resource("aws_secretsmanager_secret_policy", "policy"), resource("aws_api_gateway_rest_api", "policy"),
            resource("aws_api_gateway_rest_api_policy", "policy"));

    /** The data source whose {@code json} this class builds itself. */
    public static final String DATA_TYPE = "aws_iam_policy_document";

    private static final Pattern DATA_JSON = Pattern.compile(
            "^(data\\." + DATA_TYPE + "\\.\\S+?)\\.(json|minified_json) is read from the provider when Terraform plans$");
    private static final int MAX_DEPTH = 8;

    private PolicyDocuments() {
    }

    private static Location identity(String type) {
        return new Location(type, Optional.empty(), "policy", Kind.IDENTITY);
    }

    private static Location resource(String type, String attribute) {
        return new Location(type, Optional.empty(), attribute, Kind.RESOURCE);
    }

    /** Every place a policy lives; the one list rules use. */
    public static List<Location> attributes() {
        return LOCATIONS;
    }

    /**
     * The written policy attributes of the module's resources whose location is of one of {@code kinds}, in
     * instance order. Rules keep those written in the scanned file.
     */
    public static List<Source> sources(EvaluatedModule module, Kind... kinds) {
        List<Source> out = new ArrayList<>();
        List<Kind> wanted = List.of(kinds);
        for (ResourceInstance r : module.instances()) {
            if (!r.block().type().equals("resource")) continue;
            for (Location l : LOCATIONS) {
                if (!l.resourceType().equals(r.type()) || !wanted.contains(l.kind())) continue;
                if (l.block().isEmpty()) {
                    r.attribute(l.attribute()).ifPresent(a -> out.add(new Source(r, l, a)));
                } else {
                    for (EvaluatedBlock b : r.blocks(l.block().get())) {
                        b.attribute(l.attribute()).ifPresent(a -> out.add(new Source(r, l, a)));
                    }
                }
            }
        }
        return out;
    }

    /** The {@code data "aws_iam_policy_document"} instances of the module. */
    public static List<ResourceInstance> dataDocuments(EvaluatedModule module) {
        return module.instances().stream()
                .filter(i -> i.block().type().equals("data") && i.type().equals(DATA_TYPE)).toList();
    }

    /** Reads the policy of a source. */
    public static PolicyRead read(EvaluatedModule module, Source source) {
        return read(module, source.owner(), source.attribute(), source.name());
    }

    /**
     * Reads a policy attribute.
     *
     * @param owner     the instance the attribute belongs to (for {@code count.index} and {@code each.key})
     * @param attribute the attribute, with its value and where it is written
     * @param name      how to call the document in messages
     */
    public static PolicyRead read(EvaluatedModule module, ResourceInstance owner, EvaluatedAttribute attribute,
                                  String name) {
        return new Reading(module, owner, 0).attribute(attribute, name);
    }

    /** The document a {@code data "aws_iam_policy_document"} instance produces. */
    public static PolicyRead readData(EvaluatedModule module, ResourceInstance data) {
        return new Reading(module, data, 0).data(data);
    }

    /** One reading, carrying the module and the recursion depth through nested documents. */
    private record Reading(EvaluatedModule module, ResourceInstance owner, int depth) {

        PolicyRead attribute(EvaluatedAttribute attribute, String name) {
            Value value = attribute.value();
            SourceFile file = attribute.source().file();
            Expression expression = attribute.source().node().value();
            Span span = expression.span();
            if (value.isAbsent() || value.isNull()) return PolicyRead.absent(span);
            ExpressionEvaluator evaluator = new ExpressionEvaluator(file.relativePath(), FunctionContext.NONE);
            if (expression instanceof Expression.FunctionCall call && call.name().equals("jsonencode")
                    && call.arguments().size() == 1 && !call.expandFinal()) {
                Value object = evaluator.evaluate(call.arguments().get(0), new SnapshotScope(module, owner));
                if (!object.isError()) {
                    return new PolicyValueReader(file, span).read(object, name, PolicyDocument.Form.JSONENCODE);
                }
            }
            if (value.string().isPresent()) {
                int firstLine = expression instanceof Expression.Template t
                        && t.kind() == Expression.Template.Kind.HEREDOC && t.literalValue().isPresent()
                        ? t.span().line() + 1 : 0;
                return json(value.string().get(), Map.of(), firstLine, file, span, name);
            }
            Optional<PolicyRead> data = dataDocument(value);
            if (data.isPresent()) return data.get();
            if (expression instanceof Expression.Template t && !value.isError()) {
                Optional<PolicyRead> rendered = template(t, evaluator, file, name);
                if (rendered.isPresent()) return rendered.get();
            }
            return PolicyRead.unknown(reasons(value), span);
        }

        PolicyRead data(ResourceInstance data) {
            Reading inner = new Reading(module, data, depth + 1);
            return PolicyDataSource.read(data, item -> inner.nested(item, data));
        }

        /** One item of {@code source_policy_documents} / {@code override_policy_documents}. */
        private PolicyRead nested(Value item, ResourceInstance data) {
            Span at = data.block().header();
            if (depth > MAX_DEPTH) return PolicyRead.unknown(List.of("policy documents nest too deeply"), at);
            if (item.string().isPresent()) {
                Span span = item.origin().filter(o -> o.file().equals(data.block().file().relativePath()))
                        .map(o -> o.span()).orElse(at);
                return json(item.string().get(), Map.of(), 0, data.block().file(), span, data.address());
            }
            return dataDocument(item).orElseGet(() -> PolicyRead.unknown(reasons(item), at));
        }

        /** The data source a value is the {@code .json} of, read; empty when it is not one. */
        private Optional<PolicyRead> dataDocument(Value value) {
            List<String> reasons = value.unknownReasons();
            if (reasons.size() != 1) return Optional.empty();
            Matcher m = DATA_JSON.matcher(reasons.get(0));
            if (!m.matches()) return Optional.empty();
            Optional<ResourceInstance> data = module.instance(m.group(1));
            if (data.isEmpty() || depth > MAX_DEPTH) return Optional.empty();
            return Optional.of(new Reading(module, data.get(), depth).data(data.get()));
        }

        /** A template with unknown interpolations, rendered with markers in their place. */
        private Optional<PolicyRead> template(Expression.Template t, ExpressionEvaluator evaluator, SourceFile file,
                                              String name) {
            StringBuilder text = new StringBuilder();
            Map<String, List<String>> unknowns = new LinkedHashMap<>();
            SnapshotScope scope = new SnapshotScope(module, owner);
            for (TemplatePart part : t.parts()) {
                if (part instanceof TemplatePart.Literal literal) {
                    text.append(literal.value());
                } else if (part instanceof TemplatePart.Interpolation i) {
                    Value v = evaluator.evaluate(i.expression(), scope);
                    Optional<String> s = v.string().or(() -> v.number().map(BigDecimal::toPlainString))
                            .or(() -> v.bool().map(String::valueOf));
                    if (s.isPresent()) {
                        text.append(s.get());
                    } else if (v.isUnknown()) {
                        String marker = PolicyJson.marker(unknowns.size());
                        unknowns.put(marker, v.unknownReasons());
                        text.append(marker);
                    } else {
                        return Optional.empty();
                    }
                } else {
                    return Optional.empty();
                }
            }
            PolicyRead read = json(text.toString(), unknowns, 0, file, t.span(), name);
            if (read.state() == PolicyRead.State.INVALID && !unknowns.isEmpty()) {
                List<String> all = new ArrayList<>();
                unknowns.values().forEach(all::addAll);
                return Optional.of(PolicyRead.unknown(all, t.span()));
            }
            return Optional.of(read);
        }

        private static PolicyRead json(String text, Map<String, List<String>> unknowns, int firstLine,
                                       SourceFile file, Span span, String name) {
            if (text.isBlank()) return PolicyRead.invalid("the policy is empty", span);
            try {
                Value tree = new PolicyJson(file.relativePath(), firstLine, unknowns).parse(text);
                return new PolicyValueReader(file, span).read(tree, name, PolicyDocument.Form.JSON_STRING);
            } catch (PolicyJson.Invalid e) {
                return PolicyRead.invalid("not valid JSON: " + e.getMessage(), span);
            }
        }

        private static List<String> reasons(Value value) {
            List<String> reasons = value.unknownReasons();
            if (!reasons.isEmpty()) return reasons;
            return List.of(value.isError() ? "the policy could not be evaluated" : "the policy is not a string");
        }
    }
}
