package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.hcl.Block;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.module.ModuleBlock;
import dev.opsmith.format.terraform.value.ErrorValue;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input variables of a module: the given value or the default, {@code nullable = false} honoured, converted to
 * the declared {@code type} (with {@code optional()} defaults), marked when {@code sensitive}. A variable with
 * neither a value nor a default is unknown: "var.x has no value". Known values are checked against the
 * {@code validation} blocks.
 */
final class VariableEvaluation {
    private final ModuleEvaluator module;

    VariableEvaluation(ModuleEvaluator module) {
        this.module = module;
    }

    void evaluateAll(List<ModuleBlock> declarations, Map<String, Value> given, Map<String, Value> into) {
        for (ModuleBlock declaration : declarations) {
            String name = declaration.labels().get(0);
            into.put(name, evaluate(declaration, name, given.get(name)));
        }
    }

    /**
     * Checks each {@code validation} block against the variable's value: a known false condition is what
     * Terraform would stop the run for, reported with the block's own {@code error_message}. A condition that
     * cannot be decided is not reported.
     */
    void validateAll(List<ModuleBlock> declarations, Scope scope) {
        for (ModuleBlock declaration : declarations) {
            for (Located<Block> validation : declaration.blocks("validation")) {
                Optional<Attribute> condition = validation.node().body().attribute("condition");
                if (condition.isEmpty()) continue;
                Value holds = module.evaluate(new Located<>(condition.get(), validation.file()), scope);
                if (!holds.isFalse()) continue;
                String message = validation.node().body().attribute("error_message")
                        .map(a -> module.evaluate(new Located<>(a, validation.file()), scope))
                        .flatMap(Value::string).orElse("the validation condition is false");
                module.problem("Invalid value for variable \"" + declaration.labels().get(0) + "\": " + message,
                        new Located<>(condition.get().value().span(), validation.file()), List.of());
            }
        }
    }

    private Value evaluate(ModuleBlock declaration, String name, Value given) {
        Located<Span> header = new Located<>(declaration.header(), declaration.file());
        TypeConstraint type = type(declaration);
        Optional<Located<Attribute>> defaultAttribute = declaration.attribute("default");
        Value defaultValue = null;
        if (defaultAttribute.isPresent()) {
            defaultValue = module.evaluate(defaultAttribute.get(), Scope.EMPTY);
            Value converted = type.convert(defaultValue);
            if (converted instanceof ErrorValue error && !defaultValue.isError()) {
                module.problem("Invalid default value for variable \"" + name + "\": " + error.message(),
                        located(defaultAttribute.get()), List.of());
            }
        }
        Value value;
        if (given != null) {
            value = given;
        } else if (defaultValue != null) {
            value = defaultValue;
        } else {
            value = Value.unknown("var." + name + " has no value");
        }
        if (value.isNull() && !flag(declaration, "nullable", true)) {
            value = defaultValue != null && !defaultValue.isNull() ? defaultValue
                    : Value.error("var." + name + " must not be null (nullable = false) and has no default");
        }
        Value converted = type.convert(value);
        if (converted instanceof ErrorValue error && !value.isError()) {
            String message = "Invalid value for variable \"" + name + "\": " + error.message()
                    + (value.origin().isPresent() ? " (value set at " + value.origin().get() + ")" : "");
            module.problem(message, header, List.of());
            // references to the variable carry this error; it points at the declaration, already reported
            converted = Value.error(message).withOrigin(new Origin(declaration.file().relativePath(), declaration.header()));
            module.markReported(converted);
        }
        return flag(declaration, "sensitive", false) ? converted.markSensitive() : converted;
    }

    private TypeConstraint type(ModuleBlock declaration) {
        Optional<Located<Attribute>> attribute = declaration.attribute("type");
        if (attribute.isEmpty()) return TypeConstraint.ANY;
        Optional<TypeConstraint> type = TypeConstraint.parse(attribute.get().node().value());
        if (type.isEmpty()) {
            module.problem("Invalid type specification: expected string, number, bool, any, list(…), set(…), map(…), "
                    + "tuple([…]) or object({…})", located(attribute.get()), List.of());
            return TypeConstraint.ANY;
        }
        return type.get();
    }

    private boolean flag(ModuleBlock declaration, String name, boolean otherwise) {
        Optional<Located<Attribute>> attribute = declaration.attribute(name);
        if (attribute.isEmpty()) return otherwise;
        Value v = module.evaluate(attribute.get(), Scope.EMPTY);
        return v.bool().orElse(otherwise);
    }

    private static Located<Span> located(Located<Attribute> attribute) {
        return new Located<>(attribute.node().value().span(), attribute.file());
    }
}
