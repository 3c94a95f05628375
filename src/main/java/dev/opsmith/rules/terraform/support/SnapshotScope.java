package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.InstanceKey;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.eval.Scope;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names resolved from an already evaluated module, for re-reading one expression of one instance: the argument of
 * {@code jsonencode(...)} or the interpolations of a JSON template. The evaluator keeps only the final string of
 * those, which is wholly unknown as soon as one ARN in the policy is known only after apply; re-evaluating the
 * parts here keeps the known parts (actions, effect) decidable.
 *
 * <p>Variables, locals, {@code count.index}, {@code each.key} and resource and data instances are answered from the
 * evaluated module. {@code each.value} (not kept after evaluation), module outputs, {@code path.*} and
 * {@code terraform.workspace} are unknown, with a reason that says so.
 */
final class SnapshotScope implements Scope {
    private final EvaluatedModule module;
    private final ResourceInstance owner;
    private final Map<Value, String> addresses = new IdentityHashMap<>();

    SnapshotScope(EvaluatedModule module, ResourceInstance owner) {
        this.module = module;
        this.owner = owner;
    }

    @Override
    public Resolved resolve(String root, List<String> names, Span span) {
        String first = names.isEmpty() ? null : names.get(0);
        switch (root) {
            case "var" -> {
                if (first == null) return new Resolved(Value.map(module.variables()), 0);
                Value v = module.variables().get(first);
                return new Resolved(v != null ? v : Value.error("no variable \"" + first + "\" is declared"), 1);
            }
            case "local" -> {
                if (first == null) return new Resolved(Value.error("write local.NAME"), 0);
                Value v = module.locals().get(first);
                return new Resolved(v != null ? v : Value.error("no local value \"" + first + "\""), 1);
            }
            case "count" -> {
                InstanceKey key = owner.key();
                if (key instanceof InstanceKey.Index index) return new Resolved(Value.of(index.index()), 1);
                if (key instanceof InstanceKey.Undecided u) return new Resolved(Value.unknown(u.reason()), 1);
                return new Resolved(Value.error("count used in a block without count"), names.size());
            }
            case "each" -> {
                InstanceKey key = owner.key();
                if (key instanceof InstanceKey.Undecided u) return new Resolved(Value.unknown(u.reason()), 1);
                if (key instanceof InstanceKey.Key k && "key".equals(first)) return new Resolved(Value.of(k.key()), 1);
                return new Resolved(Value.unknown("each." + first + " of " + owner.address()
                        + " is not kept after evaluation, so the policy is read without it"), 1);
            }
            case "data" -> {
                if (names.size() < 2) return new Resolved(Value.error("write data.TYPE.NAME"), names.size());
                return new Resolved(block("data." + first + "." + names.get(1)), 2);
            }
            case "module", "path", "terraform" -> {
                String what = first == null ? root : root + "." + first;
                return new Resolved(Value.unknown(what + " is not re-read when a policy is read"),
                        Math.min(names.size(), root.equals("module") ? 2 : 1));
            }
            default -> {
                if (first == null) return new Resolved(Value.error("\"" + root + "\" needs a name after it"), 0);
                return new Resolved(block(root + "." + first), 1);
            }
        }
    }

    @Override
    public Optional<String> unwrittenAttribute(Value object, String name) {
        String address = addresses.get(object);
        if (address == null) return Optional.empty();
        return Optional.of(address.startsWith("data.")
                ? address + "." + name + " is read from the provider when Terraform plans"
                : address + "." + name + " is known only after apply");
    }

    /** A block's value as references see it: one object, a list (count), a map (for_each) or unknown. */
    private Value block(String blockAddress) {
        List<ResourceInstance> instances = module.instancesOf(blockAddress);
        if (instances.isEmpty()) {
            boolean declared = module.module().block(blockAddress).isPresent();
            return declared ? Value.list(List.of()) : Value.error("\"" + blockAddress + "\" is not declared");
        }
        ResourceInstance first = instances.get(0);
        if (first.key() instanceof InstanceKey.Undecided u) return Value.unknown(u.reason());
        if (first.key() == InstanceKey.NONE) return object(first);
        if (first.key() instanceof InstanceKey.Index) {
            List<Value> items = new ArrayList<>();
            for (ResourceInstance i : instances) items.add(object(i));
            return Value.list(items);
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (ResourceInstance i : instances) {
            if (i.key() instanceof InstanceKey.Key k) entries.put(k.key(), object(i));
        }
        return Value.map(entries);
    }

    private Value object(ResourceInstance instance) {
        Value v = instance.toValue();
        addresses.put(v, instance.address());
        return v;
    }
}
