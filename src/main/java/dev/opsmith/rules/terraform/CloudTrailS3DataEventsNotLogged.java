package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** A root whose trails, taken together, record no reads or no writes of S3 objects. */
public final class CloudTrailS3DataEventsNotLogged extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS218", "No trail records S3 object-level events")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("A root module with trails none of which selects `AWS::S3::Object` data events for reads, "
                    + "or none for writes: through an `event_selector` with a `data_resource { type = "
                    + "\"AWS::S3::Object\" }` (its `read_write_type` defaults to `All`) or an "
                    + "`advanced_event_selector` whose field selectors choose `eventCategory` `Data` and "
                    + "`resources.type` `AWS::S3::Object` (a `readOnly` selector narrows it to reads or writes). "
                    + "Reported once, at the first trail. When a selector is unknown, nothing is reported; "
                    + "--show-unknown names the unknown input. Opt-in: data events are billed per event.")
            .rationale("Management events do not show who read or overwrote an object; for buckets holding "
                    + "cardholder data, statements or audit logs, object-level events are the access record "
                    + "(CIS 3.8 and 3.9).")
            .remediation("Add to a trail `event_selector { read_write_type = \"All\" data_resource { type = "
                    + "\"AWS::S3::Object\" values = [\"arn:aws:s3\"] } }`, or narrow `values` to the sensitive "
                    + "buckets.")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html")
            .compliance("NIST-800-53:AU-2").compliance("CIS-AWS-3.0:3.8").compliance("CIS-AWS-3.0:3.9")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    private static final String S3_OBJECT = "AWS::S3::Object";

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Which directions the selectors seen so far cover, and what could not be read. */
    private static final class Coverage {
        boolean reads;
        boolean writes;
        final List<String> unknown = new ArrayList<>();

        void add(String readWriteType) {
            reads |= !readWriteType.equals("WriteOnly");
            writes |= !readWriteType.equals("ReadOnly");
        }
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (!reporter.isRoot()) return;
        List<ResourceInstance> trails = module.resources("aws_cloudtrail");
        if (trails.isEmpty()) return;
        ResourceInstance first = trails.get(0);
        if (!reporter.inThisFile(first.block().file())) return;
        Coverage coverage = new Coverage();
        for (ResourceInstance trail : trails) {
            for (EvaluatedBlock selector : trail.blocks("event_selector")) classic(selector, coverage);
            for (EvaluatedBlock selector : trail.blocks("advanced_event_selector")) advanced(selector, coverage);
        }
        if (coverage.reads && coverage.writes) return;
        String missing = coverage.reads ? "writes" : coverage.writes ? "reads" : "reads or writes";
        if (!coverage.unknown.isEmpty()) {
            reporter.undecided(first.block().header(), "whether a trail records S3 object " + missing,
                    coverage.unknown);
            return;
        }
        reporter.report(first.block().header(), "no trail of this configuration records S3 object-level " + missing
                + " (data events for AWS::S3::Object); add an event_selector with a data_resource of that type to "
                + first.block().address());
    }

    private static void classic(EvaluatedBlock selector, Coverage coverage) {
        if (selector.undecided().isPresent()) {
            coverage.unknown.addAll(selector.undecided().get().unknownReasons());
            return;
        }
        boolean selectsObjects = false;
        for (EvaluatedBlock resource : selector.blocks("data_resource")) {
            if (resource.undecided().isPresent()) {
                coverage.unknown.addAll(resource.undecided().get().unknownReasons());
                continue;
            }
            Value type = value(resource, "type");
            if (!type.isKnown()) coverage.unknown.addAll(type.unknownReasons());
            else if (S3_OBJECT.equals(type.string().orElse(""))) selectsObjects = true;
        }
        if (!selectsObjects) return;
        Value direction = value(selector, "read_write_type");
        if (direction.isAbsent() || direction.isNull()) coverage.add("All");
        else if (!direction.isKnown()) coverage.unknown.addAll(direction.unknownReasons());
        else coverage.add(direction.string().orElse("All"));
    }

    private static void advanced(EvaluatedBlock selector, Coverage coverage) {
        if (selector.undecided().isPresent()) {
            coverage.unknown.addAll(selector.undecided().get().unknownReasons());
            return;
        }
        boolean data = false;
        boolean objects = false;
        String direction = "All";
        for (EvaluatedBlock field : selector.blocks("field_selector")) {
            if (field.undecided().isPresent()) {
                coverage.unknown.addAll(field.undecided().get().unknownReasons());
                continue;
            }
            Value name = value(field, "field");
            Value equals = value(field, "equals");
            if (!name.isKnown() || !(equals.isWhollyKnown())) {
                coverage.unknown.addAll(name.unknownReasons());
                coverage.unknown.addAll(equals.unknownReasons());
                continue;
            }
            List<String> values = equals.items().stream().map(v -> v.string().orElse("")).toList();
            switch (name.string().orElse("")) {
                case "eventCategory" -> data |= values.contains("Data");
                case "resources.type" -> objects |= values.contains(S3_OBJECT);
                case "readOnly" -> {
                    if (values.equals(List.of("true"))) direction = "ReadOnly";
                    else if (values.equals(List.of("false"))) direction = "WriteOnly";
                }
                default -> {
                }
            }
        }
        if (data && objects) coverage.add(direction);
    }

    private static Value value(EvaluatedBlock block, String name) {
        return block.attribute(name).map(EvaluatedAttribute::value).orElse(Value.absent(name));
    }
}
