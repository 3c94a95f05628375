package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * Names as Terraform resolves them inside a module: {@code var}, {@code local}, {@code each}, {@code count},
 * {@code path}, {@code terraform}, {@code data}, {@code module}, and resource types. Resources and locals are
 * evaluated only when referenced.
 */
final class ModuleScope implements Scope {
    private final ModuleEvaluator module;
    private final InstanceBinding binding;

    ModuleScope(ModuleEvaluator module, InstanceBinding binding) {
        this.module = module;
        this.binding = binding;
    }

    @Override
    public Resolved resolve(String root, List<String> names, Span span) {
        String first = names.isEmpty() ? null : names.get(0);
        switch (root) {
            case "var" -> {
                if (first == null) return new Resolved(Value.map(module.variables()), 0);
                Value v = module.variables().get(first);
                return new Resolved(v != null ? v
                        : error("Reference to undeclared input variable: no variable \"" + first + "\" is declared"), 1);
            }
            case "local" -> {
                if (first == null) return new Resolved(error("Invalid reference: write local.NAME"), 0);
                return new Resolved(module.local(first), 1);
            }
            case "count" -> {
                if (binding.countIndex() == null) {
                    return new Resolved(error("Reference to \"count\" in a block without count"), names.size());
                }
                if (!"index".equals(first)) return new Resolved(error("Invalid reference: count has only count.index"), names.size());
                return new Resolved(binding.countIndex(), 1);
            }
            case "each" -> {
                if (binding.eachKey() == null) {
                    return new Resolved(error("Reference to \"each\" in a block without for_each"), names.size());
                }
                if ("key".equals(first)) return new Resolved(binding.eachKey(), 1);
                if ("value".equals(first)) return new Resolved(binding.eachValue(), 1);
                return new Resolved(error("Invalid reference: each has only each.key and each.value"), names.size());
            }
            case "path" -> {
                return new Resolved(path(first), names.isEmpty() ? 0 : 1);
            }
            case "terraform" -> {
                if (!"workspace".equals(first)) {
                    return new Resolved(error("Invalid reference: terraform has only terraform.workspace"), names.size());
                }
                return new Resolved(module.inputs().workspace().map(Value::of).orElseGet(() -> Value.unknown(
                        "terraform.workspace depends on the workspace selected when Terraform runs")), 1);
            }
            case "data" -> {
                if (names.size() < 2) return new Resolved(error("Invalid reference: write data.TYPE.NAME"), names.size());
                return new Resolved(blockValue("data." + first + "." + names.get(1), "data source"), 2);
            }
            case "module" -> {
                return moduleOutput(names);
            }
            case "self" -> {
                return new Resolved(error("Invalid reference: \"self\" is only available in provisioner and connection blocks"),
                        names.size());
            }
            default -> {
                if (first == null) {
                    return new Resolved(error("Invalid reference: \"" + root + "\" needs a resource name after it "
                            + "(or is an undeclared name)"), 0);
                }
                return new Resolved(blockValue(root + "." + first, "resource"), 1);
            }
        }
    }

    private Value blockValue(String address, String kind) {
        Optional<ModuleBlock> block = module.block(address);
        if (block.isEmpty()) return error("Reference to undeclared " + kind + ": \"" + address + "\" is not declared in this module");
        return module.blockResult(block.get()).value();
    }

    private Resolved moduleOutput(List<String> names) {
        if (names.isEmpty()) return new Resolved(error("Invalid reference: write module.NAME.OUTPUT"), 0);
        String call = "module." + names.get(0);
        Optional<ModuleBlock> block = module.block(call);
        if (block.isEmpty()) {
            return new Resolved(error("Reference to undeclared module: no module call \"" + names.get(0) + "\""), 1);
        }
        Value outputs = module.blockResult(block.get()).value();
        if (outputs.isUnknown() && names.size() > 1) {
            // name the output the configuration reads, not only the call
            List<String> reasons = new java.util.ArrayList<>();
            for (String reason : outputs.unknownReasons()) reasons.add(call + "." + names.get(1) + ": " + reason);
            return new Resolved(Value.unknown(reasons.toArray(String[]::new)), 2);
        }
        return new Resolved(outputs, 1);
    }

    private Value path(String which) {
        if (which == null) return error("Invalid reference: write path.module, path.root or path.cwd");
        return switch (which) {
            case "module" -> Value.of(module.inputs().pathModule());
            case "root" -> Value.of(module.inputs().pathRoot());
            case "cwd" -> Value.unknown("path.cwd is the folder Terraform runs in, which a scan does not know");
            default -> error("Invalid reference: path has only module, root and cwd");
        };
    }

    @Override
    public Optional<String> unwrittenAttribute(Value object, String name) {
        return module.instanceAddress(object).map(address -> address.startsWith("data.")
                ? address + "." + name + " is read from the provider when Terraform plans"
                : address + "." + name + " is known only after apply");
    }

    private static Value error(String message) {
        return Value.error(message);
    }
}
