package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.HclParser;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expression form and operator, against a small scope of variables, locals and one resource instance. */
class ExpressionEvaluatorTest {

    private static final Value BUCKET = Value.map(Map.of("bucket", Value.of("audit-logs"),
            "tags", Value.map(Map.of("team", Value.of("payments")))));

    /** var.*, local.* and aws_s3_bucket.audit, with unknowns and a secret among them. */
    private static final Scope SCOPE = new Scope() {
        private final Map<Value, String> instances = new IdentityHashMap<>(Map.of(BUCKET, "aws_s3_bucket.audit"));

        @Override
        public Resolved resolve(String root, List<String> names, Span span) {
            Map<String, Value> vars = new LinkedHashMap<>();
            vars.put("env", Value.of("prod"));
            vars.put("zones", Value.list(List.of(Value.of("a"), Value.of("b"))));
            vars.put("name", Value.unknown("var.name has no value"));
            vars.put("password", Value.of("hunter2").markSensitive());
            vars.put("nothing", Value.nullValue());
            vars.put("port", Value.of(5432));
            vars.put("flag", Value.of("true"));
            vars.put("tags", Value.map(Map.of("b", Value.of("2"), "a", Value.of("1"))));
            vars.put("users", Value.list(List.of(
                    Value.map(Map.of("name", Value.of("ann"), "role", Value.of("admin"))),
                    Value.map(Map.of("name", Value.of("bob"), "role", Value.of("dev"))),
                    Value.map(Map.of("name", Value.of("cy"), "role", Value.of("admin"))))));
            return switch (root) {
                case "var" -> new Resolved(Value.map(vars), 0);
                case "local" -> new Resolved(Value.map(Map.of("kms_arn",
                        Value.unknown("aws_kms_key.k.arn is known only after apply"))), 0);
                case "aws_s3_bucket" -> new Resolved(Value.map(Map.of("audit", BUCKET)), 0);
                default -> new Resolved(Value.error("Reference to undeclared name \"" + root + "\""), 0);
            };
        }

        @Override
        public Optional<String> unwrittenAttribute(Value object, String name) {
            return Optional.ofNullable(instances.get(object)).map(a -> a + "." + name + " is known only after apply");
        }
    };

    private static Value eval(String expression) {
        try {
            return new ExpressionEvaluator("main.tf", FunctionContext.NONE)
                    .evaluate(HclParser.parseExpression(SourceFile.of("main.tf", expression)), SCOPE);
        } catch (HclParseException e) {
            throw new AssertionError("test expression does not parse: " + expression, e);
        }
    }

    private static Value list(Object... items) {
        return Value.list(java.util.Arrays.stream(items).map(ExpressionEvaluatorTest::value).toList());
    }

    private static Value value(Object o) {
        if (o instanceof Value v) return v;
        if (o instanceof String s) return Value.of(s);
        if (o instanceof Integer i) return Value.of(i);
        if (o instanceof Boolean b) return Value.of(b);
        throw new IllegalArgumentException(String.valueOf(o));
    }

    private static String errorOf(Value v) {
        assertThat(v.isError()).as("%s is an error", v).isTrue();
        return v.toString();
    }

    @Nested
    class Literals {
        @Test
        void numbersBoolsNullAndStrings() {
            assertThat(eval("42")).isEqualTo(Value.of(42));
            assertThat(eval("1.5e3")).isEqualTo(Value.of(1500));
            assertThat(eval("true")).isEqualTo(Value.of(true));
            assertThat(eval("null").isNull()).isTrue();
            assertThat(eval("\"plain\"")).isEqualTo(Value.of("plain"));
        }

        @Test
        void resultsPointAtTheExpression() {
            Value v = eval("[1, 2]");
            assertThat(v.origin()).isPresent();
            assertThat(v.origin().get().file()).isEqualTo("main.tf");
            assertThat(v.origin().get().span().column()).isEqualTo(1);
        }
    }

    @Nested
    class Templates {
        @Test
        void interpolationConvertsPrimitives() {
            assertThat(eval("\"${var.env}-${var.port}-${true}-${1.50}\"")).isEqualTo(Value.of("prod-5432-true-1.5"));
        }

        @Test
        void aLoneInterpolationKeepsItsType() {
            assertThat(eval("\"${var.zones}\"")).isEqualTo(list("a", "b"));
        }

        @Test
        void ifAndForDirectivesWithStripMarkers() {
            assertThat(eval("\"%{ if var.env == \"prod\" }strict%{ else }lax%{ endif }\"")).isEqualTo(Value.of("strict"));
            assertThat(eval("\"%{ for i, z in var.zones }${i}=${z};%{ endfor }\"")).isEqualTo(Value.of("0=a;1=b;"));
            assertThat(eval("\"%{ for k, v in var.tags ~} ${k}${v} %{~ endfor }\"")).isEqualTo(Value.of("a1b2"));
            assertThat(eval("\"%{ if false }x%{ endif }\"")).isEqualTo(Value.of(""));
        }

        @Test
        void anUnknownPartMakesTheStringUnknownWithItsReason() {
            Value v = eval("\"${var.name}-logs\"");
            assertThat(v.isUnknown()).isTrue();
            assertThat(v.unknownReasons()).containsExactly("var.name has no value");
        }

        @Test
        void nullAndCollectionsCannotBeInterpolated() {
            assertThat(errorOf(eval("\"x${var.nothing}\""))).contains("null");
            assertThat(errorOf(eval("\"x${var.zones}\""))).contains("tuple");
        }

        @Test
        void aSecretInterpolatedStaysSecret() {
            assertThat(eval("\"user:${var.password}\"").isSensitive()).isTrue();
        }
    }

    @Nested
    class Collections {
        @Test
        void tuplesAndObjectsWithKeyExpressions() {
            assertThat(eval("[1, \"a\", [true]]")).isEqualTo(list(1, "a", list(true)));
            Value o = eval("{ name = \"x\", \"quoted\" = 1, (var.env) = 2, \"${var.env}-a\" = 3 }");
            assertThat(o.entries().keySet()).containsExactly("name", "quoted", "prod", "prod-a");
        }

        @Test
        void aRepeatedKeyKeepsTheLastValue() {
            assertThat(eval("{a = 1, a = 2}")).isEqualTo(Value.map(Map.of("a", Value.of(2))));
        }

        @Test
        void anUnknownKeyMakesTheObjectUnknown() {
            assertThat(eval("{ (var.name) = 1 }").unknownReasons()).containsExactly("var.name has no value");
        }

        @Test
        void anErrorInsideSpoilsTheWhole() {
            assertThat(errorOf(eval("[1, var.missing]"))).contains("missing");
            assertThat(errorOf(eval("{ a = var.nothing.x }"))).contains("null");
        }
    }

    @Nested
    class Access {
        @Test
        void attributesIndexesAndLegacyIndexes() {
            assertThat(eval("var.zones[1]")).isEqualTo(Value.of("b"));
            assertThat(eval("var.zones.0")).isEqualTo(Value.of("a"));
            assertThat(eval("var.zones[\"1\"]")).isEqualTo(Value.of("b"));
            assertThat(eval("var.tags[\"a\"]")).isEqualTo(Value.of("1"));
            assertThat(eval("var.users[0].name")).isEqualTo(Value.of("ann"));
            assertThat(eval("aws_s3_bucket.audit.tags.team")).isEqualTo(Value.of("payments"));
        }

        @Test
        void missingKeysAndBadIndexesAreErrors() {
            assertThat(errorOf(eval("var.zones[2]"))).contains("list of 2");
            assertThat(errorOf(eval("var.tags[\"c\"]"))).contains("\"c\"");
            assertThat(errorOf(eval("var.tags.c"))).contains("\"c\"");
            assertThat(errorOf(eval("var.nothing[0]"))).contains("null");
            assertThat(errorOf(eval("var.zones.name"))).contains("[*].name");
        }

        @Test
        void anUnwrittenResourceAttributeIsKnownOnlyAfterApply() {
            Value arn = eval("aws_s3_bucket.audit.arn");
            assertThat(arn.isUnknown()).isTrue();
            assertThat(arn.unknownReasons()).containsExactly("aws_s3_bucket.audit.arn is known only after apply");
            assertThat(eval("aws_s3_bucket.audit[\"id\"]").unknownReasons())
                    .containsExactly("aws_s3_bucket.audit.id is known only after apply");
        }

        @Test
        void navigatingAnUnknownKeepsItsReason() {
            assertThat(eval("local.kms_arn.x[0]").unknownReasons()).containsExactly("aws_kms_key.k.arn is known only after apply");
            assertThat(eval("var.zones[var.name]").unknownReasons()).containsExactly("var.name has no value");
        }

        @Test
        void anUndeclaredRootIsAnErrorAtTheReference() {
            Value v = eval("nope.x");
            assertThat(errorOf(v)).contains("nope");
            assertThat(v.origin().orElseThrow().span().endColumn()).isEqualTo(7);
        }
    }

    @Nested
    class Splats {
        @Test
        void fullAndAttributeOnlySplats() {
            assertThat(eval("var.users[*].name")).isEqualTo(list("ann", "bob", "cy"));
            assertThat(eval("var.users.*.role")).isEqualTo(list("admin", "dev", "admin"));
        }

        @Test
        void aSplatOnNullIsEmptyAndOnASingleValueIsAOneElementList() {
            assertThat(eval("var.nothing[*]")).isEqualTo(list());
            assertThat(eval("aws_s3_bucket.audit[*].bucket")).isEqualTo(list("audit-logs"));
        }

        @Test
        void aSplatOnUnknownIsUnknown() {
            assertThat(eval("var.name[*].id").unknownReasons()).containsExactly("var.name has no value");
        }
    }

    @Nested
    class ForExpressions {
        @Test
        void tupleWithConditionAndObjectFromList() {
            assertThat(eval("[for u in var.users : upper(u.name) if u.role == \"admin\"]")).isEqualTo(list("ANN", "CY"));
            assertThat(eval("{for i, z in var.zones : z => i}")).isEqualTo(Value.map(Map.of("a", Value.of(0), "b", Value.of(1))));
        }

        @Test
        void mapsAreWalkedInKeyOrder() {
            assertThat(eval("[for k, v in var.tags : \"${k}=${v}\"]")).isEqualTo(list("a=1", "b=2"));
        }

        @Test
        void groupingCollectsValuesUnderOneKey() {
            assertThat(eval("{for u in var.users : u.role => u.name...}")).isEqualTo(Value.map(Map.of(
                    "admin", list("ann", "cy"), "dev", list("bob"))));
        }

        @Test
        void aKeyProducedTwiceWithoutGroupingIsAnError() {
            assertThat(errorOf(eval("{for u in var.users : u.role => u.name}"))).contains("\"admin\"").contains("...");
        }

        @Test
        void unknownCollectionOrConditionMakesTheResultUnknown() {
            assertThat(eval("[for x in var.name : x]").unknownReasons()).containsExactly("var.name has no value");
            assertThat(eval("[for z in var.zones : z if z == var.name]").unknownReasons())
                    .containsExactly("var.name has no value");
        }

        @Test
        void nullAndNonCollectionsCannotBeIterated() {
            assertThat(errorOf(eval("[for x in var.nothing : x]"))).contains("null");
            assertThat(errorOf(eval("[for x in var.env : x]"))).contains("string");
        }
    }

    @Nested
    class Conditionals {
        @Test
        void knownConditionPicksOneBranchOnly() {
            assertThat(eval("var.env == \"prod\" ? 3 : var.missing")).isEqualTo(Value.of(3));
            assertThat(eval("var.flag ? \"on\" : \"off\"")).isEqualTo(Value.of("on"));
        }

        @Test
        void unknownConditionIsUnknownUnlessBothBranchesAgree() {
            assertThat(eval("var.name == \"x\" ? 1 : 2").unknownReasons()).containsExactly("var.name has no value");
            assertThat(eval("var.name == \"x\" ? \"same\" : \"same\"")).isEqualTo(Value.of("same"));
        }

        @Test
        void nullOrNonBoolConditionIsAnError() {
            assertThat(errorOf(eval("var.nothing ? 1 : 2"))).contains("null");
            assertThat(errorOf(eval("var.env ? 1 : 2"))).contains("string");
        }
    }

    @Nested
    class OperatorsTest {
        @Test
        void arithmeticConvertsNumericStrings() {
            assertThat(eval("1 + 2 * 3 - 4 / 2")).isEqualTo(Value.of(5));
            assertThat(eval("\"5\" + 1")).isEqualTo(Value.of(6));
            assertThat(eval("-5 % 3")).isEqualTo(Value.of(-2));
            assertThat(eval("5 % -3")).isEqualTo(Value.of(2));
            assertThat(eval("-var.port")).isEqualTo(Value.of(-5432));
            assertThat(eval("1 / 4")).isEqualTo(Value.of(new BigDecimal("0.25")));
        }

        @Test
        void comparisonsAndLogic() {
            assertThat(eval("var.port >= 1024 && var.port < 65536")).isEqualTo(Value.of(true));
            assertThat(eval("1 > 2 || !false")).isEqualTo(Value.of(true));
            assertThat(eval("\"10\" > 9")).isEqualTo(Value.of(true));
        }

        @Test
        void equalityDoesNotConvert() {
            assertThat(eval("\"1\" == 1")).isEqualTo(Value.of(false));
            assertThat(eval("null == null")).isEqualTo(Value.of(true));
            assertThat(eval("var.nothing != null")).isEqualTo(Value.of(false));
            assertThat(eval("[1, 2] == [1, 2]")).isEqualTo(Value.of(true));
        }

        @Test
        void nullAndWrongTypesAreErrors() {
            assertThat(errorOf(eval("var.nothing + 1"))).contains("null");
            assertThat(errorOf(eval("true && null"))).contains("null");
            assertThat(errorOf(eval("\"abc\" * 2"))).contains("string");
            assertThat(errorOf(eval("!1"))).contains("bool");
            assertThat(errorOf(eval("1 / 0"))).contains("zero");
            assertThat(errorOf(eval("1 % 0"))).contains("zero");
        }

        @Test
        void unknownOperandsAreUnknownUnlessTheOtherSideDecides() {
            assertThat(eval("var.name == \"a\"").unknownReasons()).containsExactly("var.name has no value");
            assertThat(eval("false && var.name == \"a\"")).isEqualTo(Value.of(false));
            assertThat(eval("var.name == \"a\" || true")).isEqualTo(Value.of(true));
            assertThat(eval("true && var.name == \"a\"").isUnknown()).isTrue();
            assertThat(eval("var.port + length(var.name)").isUnknown()).isTrue();
        }

        @Test
        void resultsOfSecretsAreSecret() {
            assertThat(eval("var.password == \"x\"").isSensitive()).isTrue();
        }
    }

    @Nested
    class FunctionCalls {
        @Test
        void builtInsAndExpansion() {
            assertThat(eval("join(\"-\", var.zones)")).isEqualTo(Value.of("a-b"));
            assertThat(eval("max(var.port, 3)")).isEqualTo(Value.of(5432));
            assertThat(eval("max([1, 7, 3]...)")).isEqualTo(Value.of(7));
            assertThat(errorOf(eval("max(var.env...)"))).contains("...");
            assertThat(errorOf(eval("nosuchfunction(1)"))).contains("nosuchfunction");
        }

        @Test
        void tryTakesTheFirstArgumentWithoutError() {
            assertThat(eval("try(var.tags.c, var.tags.a, \"d\")")).isEqualTo(Value.of("1"));
            assertThat(eval("try(var.nothing.x, \"fallback\")")).isEqualTo(Value.of("fallback"));
            assertThat(errorOf(eval("try(var.tags.c, var.zones[5])"))).contains("try()");
        }

        @Test
        void tryAndCanAreUnknownWhileTheArgumentIsUnknown() {
            assertThat(eval("try(var.name, \"x\")").unknownReasons()).containsExactly("var.name has no value");
            assertThat(eval("can(var.name.x)").isUnknown()).isTrue();
        }

        @Test
        void canSaysWhetherAnExpressionFails() {
            assertThat(eval("can(var.tags.a)")).isEqualTo(Value.of(true));
            assertThat(eval("can(var.tags.c)")).isEqualTo(Value.of(false));
            assertThat(eval("can(var.zones[1])")).isEqualTo(Value.of(true));
            assertThat(eval("can(var.zones[2])")).isEqualTo(Value.of(false));
        }
    }
}
