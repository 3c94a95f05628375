package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a plan JSON document: reads the top-level properties rules need and skips the rest without
 * building them.
 */
final class PlanDocument {
    private final JsonCursor cursor;
    private final List<ResourceChange> changes = new ArrayList<>();
    private final ConfigurationReader configuration;
    private String formatVersion;
    private Span formatVersionSpan;
    private String terraformVersion = "";
    private boolean errored;
    private boolean planContentSeen;

    PlanDocument(JsonCursor cursor) {
        this.cursor = cursor;
        this.configuration = new ConfigurationReader(cursor);
    }

    Plan read() throws PlanParseException {
        JsonToken first = cursor.next();
        if (first == null) {
            throw new PlanParseException("the plan JSON is empty" + PlanMessages.REGENERATE, Span.of(1, 1, 1, 1));
        }
        if (first != JsonToken.START_OBJECT) {
            throw cursor.error("not a Terraform plan JSON: expected an object at the top");
        }
        String name;
        while ((name = cursor.nextProperty()) != null) {
            property(name);
        }
        if (cursor.next() != null) {
            throw cursor.error("unexpected content after the end of the plan JSON object");
        }
        checkIsPlan();
        return new Plan(cursor.file(), formatVersion, terraformVersion, errored, changes,
                configuration.resources(), configuration.moduleCalls());
    }

    private void property(String name) throws PlanParseException {
        switch (name) {
            case "format_version" -> {
                formatVersion = cursor.string("\"format_version\"");
                formatVersionSpan = cursor.tokenSpan();
                checkFormatVersion();
            }
            case "terraform_version" -> terraformVersion = cursor.string("\"terraform_version\"");
            case "errored" -> {
                errored = cursor.current() == JsonToken.VALUE_TRUE;
                cursor.skipValue();
            }
            case "resource_changes" -> {
                planContentSeen = true;
                cursor.expectArray("\"resource_changes\"");
                while (cursor.nextItem()) changes.add(resourceChange());
            }
            case "configuration" -> {
                planContentSeen = true;
                configuration.read();
            }
            case "planned_values" -> {
                planContentSeen = true;
                cursor.skipValue();
            }
            default -> cursor.skipValue();
        }
    }

    private void checkFormatVersion() throws PlanParseException {
        if (!formatVersion.equals("1") && !formatVersion.startsWith("1.")) {
            throw new PlanParseException("unsupported plan JSON format_version \"" + formatVersion
                    + "\": opsmith reads format 1.x, which Terraform 0.12 to 1.x writes; write the plan with "
                    + "such a Terraform release, or use an opsmith release that reads this format",
                    formatVersionSpan);
        }
    }

    private void checkIsPlan() throws PlanParseException {
        Span top = Span.of(1, 1, 1, 1);
        if (formatVersion == null) {
            throw new PlanParseException("not a Terraform plan JSON: there is no \"format_version\""
                    + PlanMessages.REGENERATE, top);
        }
        if (!planContentSeen) {
            throw new PlanParseException("not a Terraform plan JSON: there is no \"resource_changes\", "
                    + "\"planned_values\" or \"configuration\" (a state file? opsmith reads plans, from "
                    + "`terraform show -json plan.out`)", top);
        }
    }

    private ResourceChange resourceChange() throws PlanParseException {
        cursor.expectObject("a resource change");
        JsonCursor.Position start = cursor.start();
        ChangeFields fields = new ChangeFields();
        String name;
        while ((name = cursor.nextProperty()) != null) {
            switch (name) {
                case "address" -> {
                    fields.address = cursor.string("the change's \"address\"");
                    fields.addressSpan = cursor.tokenSpan();
                }
                case "provider_name" -> fields.provider = cursor.string("\"provider_name\"");
                case "deposed" -> fields.deposed = cursor.string("\"deposed\"");
                case "change" -> change(fields);
                default -> cursor.skipValue();
            }
        }
        Span span = cursor.spanFrom(start);
        if (fields.address == null) {
            throw new PlanParseException("a resource change has no \"address\"" + PlanMessages.REGENERATE, span);
        }
        if (fields.actions == null) {
            throw new PlanParseException("the resource change " + fields.address + " has no \"change\".\"actions\""
                    + PlanMessages.REGENERATE, span);
        }
        ResourceAddress address = Addresses.parse(fields.address, fields.addressSpan);
        Origin origin = new Origin(cursor.file(), span);
        return new ResourceChange(address, fields.provider, fields.actions, Optional.ofNullable(fields.deposed),
                planned(fields, origin), span);
    }

    private static Value planned(ChangeFields fields, Origin origin) {
        if (fields.actions.equals(List.of("delete"))) {
            return Value.absent(fields.address + " is deleted by this plan").withOrigin(origin);
        }
        if (fields.actions.equals(List.of("forget"))) {
            return Value.absent(fields.address + " leaves Terraform's management in this plan (removed block)")
                    .withOrigin(origin);
        }
        Value after = AfterValues.apply(fields.after, fields.afterUnknown, fields.afterSensitive, fields.address,
                origin);
        return after != null ? after : Value.absent("the plan has no values after apply for " + fields.address)
                .withOrigin(origin);
    }

    private void change(ChangeFields fields) throws PlanParseException {
        cursor.expectObject("\"change\"");
        String name;
        while ((name = cursor.nextProperty()) != null) {
            switch (name) {
                case "actions" -> {
                    cursor.expectArray("\"actions\"");
                    List<String> actions = new ArrayList<>();
                    while (cursor.nextItem()) actions.add(cursor.string("an action"));
                    fields.actions = actions;
                }
                case "after" -> fields.after = JsonValues.read(cursor);
                case "after_unknown" -> fields.afterUnknown = JsonValues.readMask(cursor);
                case "after_sensitive" -> fields.afterSensitive = JsonValues.readMask(cursor);
                default -> cursor.skipValue();
            }
        }
    }

    /** What one resource change says, gathered before its values can be put together. */
    private static final class ChangeFields {
        String address;
        Span addressSpan;
        String provider = "";
        String deposed;
        List<String> actions;
        Value after;
        Object afterUnknown;
        Object afterSensitive;
    }
}
