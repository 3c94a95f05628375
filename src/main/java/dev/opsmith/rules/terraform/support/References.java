package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which resource a value refers to. Split resources name their parent by an attribute
 * ({@code aws_s3_bucket_versioning.bucket = aws_s3_bucket.audit.id}, {@code aws_flow_log.vpc_id},
 * {@code aws_wafv2_web_acl_association.resource_arn}); this links them, directly or through locals and variables,
 * in three ways:
 * <ol>
 *   <li>an attribute the configuration does not write is "known only after apply": its unknown reason names the
 *       instance address, which is looked up among the candidates;</li>
 *   <li>an attribute the configuration writes keeps where it was written ({@link Value#origin()}): a value written
 *       inside a candidate's block belongs to that candidate;</li>
 *   <li>a known string equal to a candidate's known name attribute ({@code bucket}, {@code name}) links to it.</li>
 * </ol>
 * Anything else unknown is {@link Link.State#UNKNOWN}; a known value matching no candidate is {@link Link.State#NONE}.
 */
public final class References {

    private static final Pattern AFTER_APPLY =
            Pattern.compile("^(.+)\\.([A-Za-z0-9_-]+) is known only after apply$");

    private References() {
    }

    /**
     * The instance address an unknown value's reason names when the value is an attribute the configuration does not
     * write ({@code "aws_kms_key.logs.arn is known only after apply"} → {@code aws_kms_key.logs}).
     */
    public static Optional<String> afterApplyAddress(String reason) {
        Matcher m = AFTER_APPLY.matcher(reason);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * @param value          the referring value, such as the {@code bucket} attribute of a split resource
     * @param candidates     the instances it may refer to
     * @param nameAttributes attributes of a candidate whose known value identifies it ({@code bucket}, {@code name})
     */
    public static Link link(Value value, List<ResourceInstance> candidates, String... nameAttributes) {
        return index(candidates, nameAttributes).link(value);
    }

    /** Candidates prepared once for many links (every split resource of a module against its buckets). */
    public static Index index(List<ResourceInstance> candidates, String... nameAttributes) {
        return new Index(candidates, nameAttributes);
    }

    /** Candidates by address, by known name and by the lines their blocks cover, so each link is a lookup. */
    public static final class Index {
        private final Map<String, ResourceInstance> byAddress = new HashMap<>();
        private final Map<String, ResourceInstance> byName = new HashMap<>();
        private final Map<String, List<ResourceInstance>> byFile = new HashMap<>();

        private Index(List<ResourceInstance> candidates, String... nameAttributes) {
            for (ResourceInstance c : candidates) {
                byAddress.putIfAbsent(c.address(), c);
                for (String attribute : nameAttributes) {
                    c.value(attribute).string().ifPresent(name -> byName.putIfAbsent(name, c));
                }
                byFile.computeIfAbsent(c.block().file().relativePath(), k -> new ArrayList<>()).add(c);
                String declared = c.block().declaration().file().relativePath();
                if (!declared.equals(c.block().file().relativePath())) {
                    byFile.computeIfAbsent(declared, k -> new ArrayList<>()).add(c);
                }
            }
        }

        public Link link(Value value) {
            if (value.isAbsent() || value.isNull()) return Link.none();
            if (!value.isKnown()) {
                for (String reason : value.unknownReasons()) {
                    ResourceInstance c = afterApplyAddress(reason).map(byAddress::get).orElse(null);
                    if (c != null) return Link.to(c);
                }
                return Link.unknown(value.unknownReasons());
            }
            Optional<Origin> origin = value.origin();
            if (origin.isPresent()) {
                for (ResourceInstance c : byFile.getOrDefault(origin.get().file(), List.of())) {
                    if (writtenInside(origin.get(), c)) return Link.to(c);
                }
            }
            Optional<String> text = value.string();
            if (text.isPresent()) {
                ResourceInstance c = byName.get(text.get());
                if (c != null) return Link.to(c);
            }
            return Link.none();
        }
    }

    /**
     * The instances of {@code type} whose {@code attribute} links to {@code target}, and whether any of them could
     * not be linked (its value unknown): such a resource may be the target's too, so "none" is not certain.
     */
    public static Referrers referrers(EvaluatedModule module, ResourceInstance target, String type,
                                      String attribute, String... nameAttributes) {
        List<ResourceInstance> linked = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ResourceInstance r : module.resources(type)) {
            Value v = r.value(attribute);
            if (v.isKnown() && v.isList()) {
                for (Value item : v.items()) collect(module, item, target, r, linked, unknown, nameAttributes);
            } else {
                collect(module, v, target, r, linked, unknown, nameAttributes);
            }
        }
        return new Referrers(List.copyOf(linked), List.copyOf(unknown));
    }

    private static void collect(EvaluatedModule module, Value v, ResourceInstance target, ResourceInstance referrer,
                                List<ResourceInstance> linked, List<String> unknown, String... nameAttributes) {
        Link link = link(v, List.of(target), nameAttributes);
        if (link.isLinked()) {
            if (!linked.contains(referrer)) linked.add(referrer);
        } else if (link.isUnknown() && !namesOtherInstances(module, link.unknownReasons())) {
            unknown.addAll(link.unknownReasons());
        }
    }

    /**
     * Whether a value is unknown only because it names attributes of other resources of the module that are known
     * after apply: it refers to those resources, so certainly not to the target (a flow log of another VPC).
     */
    private static boolean namesOtherInstances(EvaluatedModule module, List<String> reasons) {
        if (reasons.isEmpty()) return false;
        for (String reason : reasons) {
            if (afterApplyAddress(reason).flatMap(module::instance).isEmpty()) return false;
        }
        return true;
    }

    /**
     * The resources referring to a target.
     *
     * @param unknownReasons non-empty when some resource of the type could not be linked either way
     */
    public record Referrers(List<ResourceInstance> resources, List<String> unknownReasons) {
        public boolean isEmpty() {
            return resources.isEmpty();
        }

        /** True when no resource refers to the target and every candidate was decided. */
        public boolean certainlyNone() {
            return resources.isEmpty() && unknownReasons.isEmpty();
        }
    }

    private static boolean writtenInside(Origin origin, ResourceInstance candidate) {
        if (!candidate.block().file().relativePath().equals(origin.file())
                && !candidate.block().declaration().file().relativePath().equals(origin.file())) {
            return false;
        }
        Span body = candidate.block().declaration().node().span();
        return body.contains(origin.span());
    }
}
