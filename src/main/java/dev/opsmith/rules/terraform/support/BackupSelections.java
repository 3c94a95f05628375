package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an {@code aws_backup_selection} of the module selects a resource. A selection picks resources three ways,
 * as AWS Backup evaluates them: by ARN in {@code resources} (a reference to the resource, or an ARN pattern with
 * {@code *} wildcards such as {@code arn:aws:rds:*:*:db:*}), narrowed by every {@code condition}; or by any
 * {@code selection_tag} the resource carries (its {@code tags} plus the provider's literal {@code default_tags});
 * {@code not_resources} then removes resources again. Account and region parts of an ARN pattern are taken to
 * match (selections normally live beside what they protect). Anything that depends on an unknown value makes the
 * answer {@link State#UNKNOWN}, never "not covered".
 */
public final class BackupSelections {

    public enum State { COVERED, NOT_COVERED, UNKNOWN }

    /**
     * @param state          the answer
     * @param selection      the selection that covers the resource, when covered
     * @param unknownReasons why it could not be decided, when unknown
     */
    public record Coverage(State state, Optional<ResourceInstance> selection, List<String> unknownReasons) {
    }

    /** ARN service and resource prefix of the types a backup plan can select, with their name attribute. */
    private record ArnShape(String service, String prefix, String nameAttribute) {
    }

    private static final Map<String, ArnShape> SHAPES = Map.of(
            "aws_db_instance", new ArnShape("rds", "db:", "identifier"),
            "aws_rds_cluster", new ArnShape("rds", "cluster:", "cluster_identifier"),
            "aws_dynamodb_table", new ArnShape("dynamodb", "table/", "name"),
            "aws_ebs_volume", new ArnShape("ec2", "volume/", null),
            "aws_efs_file_system", new ArnShape("elasticfilesystem", "file-system/", null));

    private enum Tri { YES, NO, UNKNOWN }

    private static final Pattern AFTER_APPLY =
            Pattern.compile("^(.+)\\.([A-Za-z0-9_-]+) is known only after apply$");

    private BackupSelections() {
    }

    /** Whether some selection of the module covers {@code target} (one of the types AWS Backup can select). */
    public static Coverage coverage(EvaluatedModule module, ResourceInstance target) {
        List<String> unknown = new ArrayList<>();
        Tags tags = tags(module, target);
        for (ResourceInstance selection : module.resources("aws_backup_selection")) {
            List<String> reasons = new ArrayList<>();
            Tri selected = selects(module, selection, target, tags, reasons);
            if (selected == Tri.YES) return new Coverage(State.COVERED, Optional.of(selection), List.of());
            if (selected == Tri.UNKNOWN) unknown.addAll(reasons.isEmpty() ? List.of(selection.address()
                    + " could not be evaluated") : reasons);
        }
        return unknown.isEmpty() ? new Coverage(State.NOT_COVERED, Optional.empty(), List.of())
                : new Coverage(State.UNKNOWN, Optional.empty(), List.copyOf(unknown));
    }

    private static Tri selects(EvaluatedModule module, ResourceInstance selection, ResourceInstance target, Tags tags,
                               List<String> unknown) {
        Tri byArn = and(anyArn(module, selection.value("resources"), target, unknown),
                conditions(selection, tags, unknown));
        Tri byTag = Tri.NO;
        for (EvaluatedBlock tag : selection.blocks("selection_tag")) {
            if (tag.undecided().isPresent()) {
                unknown.addAll(tag.undecided().get().unknownReasons());
                byTag = or(byTag, Tri.UNKNOWN);
                continue;
            }
            byTag = or(byTag, tagMatches(tag, tags, false, false, unknown));
        }
        Tri picked = or(byArn, byTag);
        if (picked == Tri.NO) return Tri.NO;
        Tri excluded = anyArn(module, selection.value("not_resources"), target, unknown);
        if (excluded == Tri.YES) return Tri.NO;
        return excluded == Tri.UNKNOWN ? Tri.UNKNOWN : picked;
    }

    private static Tri anyArn(EvaluatedModule module, Value list, ResourceInstance target, List<String> unknown) {
        if (list.isAbsent() || list.isNull()) return Tri.NO;
        if (!list.isKnown() || !list.isList()) {
            unknown.addAll(list.unknownReasons());
            return Tri.UNKNOWN;
        }
        Tri result = Tri.NO;
        for (Value item : list.items()) {
            result = or(result, arnMatches(module, item, target, unknown));
            if (result == Tri.YES) return result;
        }
        return result;
    }

    private static Tri arnMatches(EvaluatedModule module, Value item, ResourceInstance target, List<String> unknown) {
        Link link = References.link(item, List.of(target));
        if (link.isLinked()) return Tri.YES;
        if (link.isUnknown() && refersToOtherResources(module, link.unknownReasons())) return Tri.NO;
        if (link.isUnknown()) {
            unknown.addAll(link.unknownReasons());
            return Tri.UNKNOWN;
        }
        Optional<String> pattern = item.string();
        ArnShape shape = SHAPES.get(target.type());
        if (pattern.isEmpty() || shape == null) return Tri.NO;
        String p = pattern.get().strip();
        if (p.equals("*")) return Tri.YES;
        String[] parts = p.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !glob(parts[2]).matcher(shape.service()).matches()) {
            return Tri.NO;
        }
        Pattern resource = glob(parts[5]);
        if (resource.matcher(shape.prefix() + "\u0000").matches()) return Tri.YES;
        Value name = shape.nameAttribute() == null ? Value.absent("id") : target.value(shape.nameAttribute());
        if (name.isKnown() && name.string().isPresent()) {
            return resource.matcher(shape.prefix() + name.string().get()).matches() ? Tri.YES : Tri.NO;
        }
        if (!parts[5].startsWith(shape.prefix())) return Tri.NO;
        unknown.add(target.address() + " has no known name to match " + p);
        return Tri.UNKNOWN;
    }

    /** Whether every unknown reason is an attribute, known after apply, of another resource of the module. */
    private static boolean refersToOtherResources(EvaluatedModule module, List<String> reasons) {
        if (reasons.isEmpty()) return false;
        for (String reason : reasons) {
            Matcher m = AFTER_APPLY.matcher(reason);
            if (!m.matches() || module.instance(m.group(1)).isEmpty()) return false;
        }
        return true;
    }

    /** Every condition of the selection holds for the resource's tags (no condition: true). */
    private static Tri conditions(ResourceInstance selection, Tags tags, List<String> unknown) {
        Tri result = Tri.YES;
        for (EvaluatedBlock condition : selection.blocks("condition")) {
            if (condition.undecided().isPresent()) {
                unknown.addAll(condition.undecided().get().unknownReasons());
                result = and(result, Tri.UNKNOWN);
                continue;
            }
            for (EvaluatedBlock test : condition.blocks()) {
                boolean like = test.type().endsWith("_like");
                boolean negated = test.type().startsWith("string_not_");
                result = and(result, tagMatches(test, tags, like, negated, unknown));
            }
        }
        return result;
    }

    private static Tri tagMatches(EvaluatedBlock test, Tags tags, boolean like, boolean negated, List<String> unknown) {
        Value key = test.attribute("key").map(a -> a.value()).orElse(Value.absent("key"));
        Value value = test.attribute("value").map(a -> a.value()).orElse(Value.absent("value"));
        if (!key.isKnown() || !value.isKnown()) {
            unknown.addAll(key.unknownReasons());
            unknown.addAll(value.unknownReasons());
            return Tri.UNKNOWN;
        }
        String k = key.string().orElse("");
        if (k.startsWith("aws:ResourceTag/")) k = k.substring("aws:ResourceTag/".length());
        String wanted = value.string().orElse("");
        String actual = tags.known().get(k);
        if (actual == null && !tags.unknownReasons().isEmpty()) {
            unknown.addAll(tags.unknownReasons());
            return Tri.UNKNOWN;
        }
        boolean matches = actual != null && (like ? glob(wanted).matcher(actual).matches() : actual.equals(wanted));
        return matches != negated ? Tri.YES : Tri.NO;
    }

    /** Known tags of a resource, and why some may be missing (an unknown tags map or default_tags). */
    private record Tags(Map<String, String> known, List<String> unknownReasons) {
    }

    private static Tags tags(EvaluatedModule module, ResourceInstance target) {
        Map<String, String> known = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        defaultTags(module, target, known, reasons);
        Value tags = target.value("tags");
        if (!tags.isAbsent() && !tags.isNull()) {
            if (!tags.isKnown()) {
                reasons.addAll(tags.unknownReasons());
            } else {
                tags.entries().forEach((k, v) -> {
                    if (v.isKnown()) v.string().ifPresent(s -> known.put(k, s));
                    else reasons.addAll(v.unknownReasons());
                });
            }
        }
        return new Tags(known, reasons);
    }

    /** The literal {@code default_tags} of the AWS provider configuration the resource uses. */
    private static void defaultTags(EvaluatedModule module, ResourceInstance target, Map<String, String> known,
                                    List<String> reasons) {
        String alias = target.block().attribute("provider").map(a -> a.node().value())
                .map(e -> e instanceof Expression.GetAttr g ? g.name() : "?").orElse("");
        for (ModuleBlock provider : module.module().blocks("provider")) {
            if (!provider.labels().equals(List.of("aws"))) continue;
            String providerAlias = provider.attribute("alias").map(a -> a.node().value())
                    .flatMap(e -> e instanceof Expression.Template t ? t.literalValue() : Optional.empty())
                    .orElse("");
            if (!providerAlias.equals(alias)) continue;
            for (var block : provider.blocks("default_tags")) {
                var attribute = block.node().body().attribute("tags");
                if (attribute.isEmpty()) continue;
                if (!(attribute.get().value() instanceof Expression.ObjectCons object)) {
                    reasons.add("provider default_tags of " + target.address() + " are not literal");
                    continue;
                }
                for (Expression.ObjectItem item : object.items()) {
                    Optional<String> k = item.literalKey();
                    Optional<String> v = item.value() instanceof Expression.Template t ? t.literalValue()
                            : Optional.empty();
                    if (k.isPresent() && v.isPresent()) known.put(k.get(), v.get());
                    else reasons.add("provider default_tags of " + target.address() + " are not literal");
                }
            }
        }
    }

    private static Pattern glob(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append("(?s).*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static Tri and(Tri a, Tri b) {
        if (a == Tri.NO || b == Tri.NO) return Tri.NO;
        return a == Tri.UNKNOWN || b == Tri.UNKNOWN ? Tri.UNKNOWN : Tri.YES;
    }

    private static Tri or(Tri a, Tri b) {
        if (a == Tri.YES || b == Tri.YES) return Tri.YES;
        return a == Tri.UNKNOWN || b == Tri.UNKNOWN ? Tri.UNKNOWN : Tri.NO;
    }
}
