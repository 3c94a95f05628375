package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the plan's {@code configuration} section: for every module (the root and, recursively, each module
 * call's {@code module}) the resource blocks with the references of their expressions, and the module calls with
 * their source. Providers, outputs and variables are skipped.
 */
final class ConfigurationReader {
    private final JsonCursor cursor;
    private final List<ConfigResource> resources = new ArrayList<>();
    private final List<ModuleCall> moduleCalls = new ArrayList<>();

    ConfigurationReader(JsonCursor cursor) {
        this.cursor = cursor;
    }

    List<ConfigResource> resources() {
        return resources;
    }

    List<ModuleCall> moduleCalls() {
        return moduleCalls;
    }

    /** Reads the {@code configuration} object at the current token. */
    void read() throws PlanParseException {
        cursor.expectObject("\"configuration\"");
        String name;
        while ((name = cursor.nextProperty()) != null) {
            if (name.equals("root_module")) module("");
            else cursor.skipValue();
        }
    }

    /** A module object; {@code prefix} is its module path with a trailing dot ("" for the root). */
    private void module(String prefix) throws PlanParseException {
        cursor.expectObject("a module");
        String name;
        while ((name = cursor.nextProperty()) != null) {
            switch (name) {
                case "resources" -> {
                    cursor.expectArray("\"resources\"");
                    while (cursor.nextItem()) resource(prefix);
                }
                case "module_calls" -> {
                    cursor.expectObject("\"module_calls\"");
                    String callName;
                    while ((callName = cursor.nextProperty()) != null) moduleCall(prefix + "module." + callName);
                }
                default -> cursor.skipValue();
            }
        }
    }

    private void resource(String prefix) throws PlanParseException {
        cursor.expectObject("a configuration resource");
        JsonCursor.Position start = cursor.start();
        String address = null;
        Span addressSpan = null;
        Map<String, List<String>> references = new LinkedHashMap<>();
        String name;
        while ((name = cursor.nextProperty()) != null) {
            switch (name) {
                case "address" -> {
                    address = cursor.string("the resource's \"address\"");
                    addressSpan = cursor.tokenSpan();
                }
                case "expressions" -> expressions("", references);
                case "count_expression" -> expression("count", references);
                case "for_each_expression" -> expression("for_each", references);
                default -> cursor.skipValue();
            }
        }
        Span span = cursor.spanFrom(start);
        if (address == null) throw new PlanParseException("a configuration resource has no \"address\""
                + PlanMessages.REGENERATE, span);
        resources.add(new ConfigResource(Addresses.parse(prefix + address, addressSpan), references, span));
    }

    private void moduleCall(String address) throws PlanParseException {
        cursor.expectObject("the module call " + address);
        JsonCursor.Position start = cursor.start();
        int position = moduleCalls.size();
        String source = null;
        String version = null;
        Map<String, List<String>> references = new LinkedHashMap<>();
        String name;
        while ((name = cursor.nextProperty()) != null) {
            switch (name) {
                case "source" -> source = cursor.string("the module's \"source\"");
                case "version_constraint" -> version = cursor.string("the module's \"version_constraint\"");
                case "expressions" -> expressions("", references);
                case "count_expression" -> expression("count", references);
                case "for_each_expression" -> expression("for_each", references);
                case "module" -> module(address + ".");
                default -> cursor.skipValue();
            }
        }
        Span span = cursor.spanFrom(start);
        moduleCalls.add(position, new ModuleCall(address, source == null ? "" : source, Optional.ofNullable(version),
                references, span));
    }

    /**
     * An {@code expressions} object: attribute name → an expression ({@code references} and/or
     * {@code constant_value}), or a nested block (an object of expressions, or an array of them).
     */
    private void expressions(String prefix, Map<String, List<String>> into) throws PlanParseException {
        if (cursor.current() != JsonToken.START_OBJECT) {
            cursor.skipValue();
            return;
        }
        String name;
        while ((name = cursor.nextProperty()) != null) {
            String path = prefix + name;
            if (cursor.current() == JsonToken.START_ARRAY) {
                while (cursor.nextItem()) expressions(path + ".", into);
            } else {
                expression(path, into);
            }
        }
    }

    /** One expression object, or a single nested block written as an object. */
    private void expression(String path, Map<String, List<String>> into) throws PlanParseException {
        if (cursor.current() != JsonToken.START_OBJECT) {
            cursor.skipValue();
            return;
        }
        String name;
        while ((name = cursor.nextProperty()) != null) {
            if (name.equals("references") && cursor.current() == JsonToken.START_ARRAY) {
                List<String> references = into.computeIfAbsent(path, key -> new ArrayList<>());
                while (cursor.nextItem()) {
                    String reference = cursor.string("a reference");
                    if (!references.contains(reference)) references.add(reference);
                }
            } else if (name.equals("constant_value")) {
                cursor.skipValue();
            } else if (cursor.current() == JsonToken.START_ARRAY) {
                while (cursor.nextItem()) expressions(path + "." + name + ".", into);
            } else {
                expression(path + "." + name, into);
            }
        }
    }
}
