package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform's built-in functions over {@link Value}s. The evaluator calls {@link #call} with arguments already
 * evaluated; this class applies the rules every function shares, so each body only handles known, non-null
 * values of the right count:
 * <ul>
 *   <li>an error argument is the answer (the first one), so one bad expression does not hide behind another;</li>
 *   <li>an argument that is not wholly known makes the result unknown, carrying its reasons, unless the function
 *   handles unknowns itself ({@code length} of a list with unknown items is known) or only rearranges items
 *   ({@code merge}, {@code concat}, {@code lookup}, … keep unknown items inside a known result);</li>
 *   <li>a null argument is an error unless the function takes nulls (as {@code coalesce} does);</li>
 *   <li>a sensitive argument (or anything sensitive inside one) makes the result sensitive.</li>
 * </ul>
 * {@code try} and {@code can} are not here: they take unevaluated expressions and belong to the evaluator.
 */
public final class Functions {
    private static final Map<String, FunctionSpec> REGISTRY = register();

    private Functions() {
    }

    private static Map<String, FunctionSpec> register() {
        List<FunctionSpec> all = new ArrayList<>();
        all.addAll(StringFunctions.specs());
        all.addAll(CollectionFunctions.specs());
        all.addAll(EncodingFunctions.specs());
        all.addAll(NumericFunctions.specs());
        all.addAll(NetworkFunctions.specs());
        all.addAll(ConversionFunctions.specs());
        all.addAll(HashFunctions.specs());
        all.addAll(FileFunctions.specs());
        all.addAll(TimeFunctions.specs());
        all.addAll(SensitivityFunctions.specs());
        Map<String, FunctionSpec> byName = new TreeMap<>();
        for (FunctionSpec spec : all) {
            if (byName.put(spec.name(), spec) != null) throw new IllegalStateException("twice: " + spec.name());
        }
        return Map.copyOf(byName);
    }

    /** Whether Terraform has a built-in function of this name ({@code provider::…} names are not built in). */
    public static boolean exists(String name) {
        return name != null && REGISTRY.containsKey(name);
    }

    /** The names of every built-in function implemented here, sorted. */
    public static Set<String> names() {
        return new java.util.TreeSet<>(REGISTRY.keySet());
    }

    /**
     * Calls a function on evaluated arguments (the caller has expanded {@code ...}). Never throws: a wrong call
     * is an error value with Terraform-like text.
     */
    public static Value call(String name, List<Value> args, FunctionContext context) {
        Objects.requireNonNull(args, "args");
        FunctionSpec spec = name == null ? null : REGISTRY.get(name);
        if (spec == null) {
            return Value.error("Call to unknown function: there is no function named \"" + name + "\".");
        }
        Optional<Value> arity = checkArity(spec, args.size());
        if (arity.isPresent()) return arity.get();
        boolean sensitive = false;
        for (Value arg : args) {
            Optional<Value> error = Conversions.firstError(arg);
            if (error.isPresent()) return error.get();
            sensitive |= Conversions.containsSensitive(arg);
        }
        Value result = evaluate(spec, args, context == null ? FunctionContext.NONE : context);
        return sensitive && !INSPECTS_SENSITIVITY.contains(spec.name()) ? result.markSensitive() : result;
    }

    /** Functions about the sensitive mark itself, whose result must not simply inherit it. */
    private static final Set<String> INSPECTS_SENSITIVITY = Set.of("nonsensitive", "issensitive");

    private static Value evaluate(FunctionSpec spec, List<Value> args, FunctionContext context) {
        List<Value> plain = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            if (arg.isAbsent()) arg = Value.nullValue();
            boolean unknown = switch (spec.unknowns()) {
                case ANY_PART -> !arg.isWhollyKnown();
                case TOP_LEVEL -> arg.isUnknown();
                case BODY_DECIDES -> false;
            };
            if (unknown) return Value.unknownFrom(args);
            if (!spec.acceptsNull() && arg.isNull()) {
                return Value.error("Invalid value for \"" + spec.paramName(i) + "\" parameter: argument must not be null.");
            }
            plain.add(arg);
        }
        try {
            return spec.body().apply(new Arguments(spec, plain, context));
        } catch (FunctionException e) {
            return Value.error(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Value.error("Call to function \"" + spec.name() + "\" failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ".");
        }
    }

    private static Optional<Value> checkArity(FunctionSpec spec, int count) {
        int min = spec.minArgs();
        int max = spec.variadic() ? Integer.MAX_VALUE : spec.params().size();
        if (count < min) {
            return Optional.of(Value.error("Not enough function arguments: function \"" + spec.name() + "\" expects "
                    + (spec.variadic() ? "at least " : "") + plural(min) + ". Missing value for \""
                    + spec.paramName(count) + "\"."));
        }
        if (count > max) {
            return Optional.of(Value.error("Too many function arguments: function \"" + spec.name() + "\" expects only "
                    + plural(max) + "."));
        }
        return Optional.empty();
    }

    private static String plural(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}
