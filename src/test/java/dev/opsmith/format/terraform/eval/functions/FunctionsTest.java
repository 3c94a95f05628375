package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionsTest {

    @Test
    void knowsBuiltInsButNotProviderFunctionsOrTryAndCan() {
        assertThat(Functions.exists("cidrsubnet")).isTrue();
        assertThat(Functions.exists("jsonencode")).isTrue();
        assertThat(Functions.exists("provider::aws::arn_parse")).isFalse();
        assertThat(Functions.exists("try")).isFalse();
        assertThat(Functions.exists("can")).isFalse();
        assertThat(Functions.exists(null)).isFalse();
        assertThat(Functions.names()).hasSizeGreaterThan(100);
    }

    @Test
    void unknownFunctionIsAnErrorValue() {
        assertThat(error(call("provider::aws::arn_parse", "x")))
                .isEqualTo("Call to unknown function: there is no function named \"provider::aws::arn_parse\".");
    }

    @Test
    void wrongArgumentCountsAreErrorsNamingTheMissingParameter() {
        assertThat(error(call("substr", "abc", 1))).isEqualTo(
                "Not enough function arguments: function \"substr\" expects 3 arguments. Missing value for \"length\".");
        assertThat(error(call("upper", "a", "b"))).isEqualTo(
                "Too many function arguments: function \"upper\" expects only 1 argument.");
        assertThat(call("join", ",", List.of("a"), List.of("b"))).isEqualTo(Value.of("a,b"));
    }

    @Test
    void unknownArgumentGivesUnknownResultWithItsReasons() {
        Value arn = Value.unknown("aws_kms_key.logs.arn is known only after apply");
        Value result = call("upper", arn);
        assertThat(result.isUnknown()).isTrue();
        assertThat(result.unknownReasons()).containsExactly("aws_kms_key.logs.arn is known only after apply");
        assertThat(call("jsonencode", Map.of("Resource", arn)).unknownReasons())
                .containsExactly("aws_kms_key.logs.arn is known only after apply");
    }

    @Test
    void lengthOfAListWithUnknownItemsIsKnown() {
        Value subnets = Value.list(List.of(Value.unknown("aws_subnet.a.id is known only after apply"), Value.of("b")));
        assertThat(call("length", subnets)).isEqualTo(Value.of(2));
        assertThat(call("length", Value.unknown("var.x has no value")).isUnknown()).isTrue();
    }

    @Test
    void rearrangingFunctionsKeepUnknownItemsInAKnownResult() {
        Value id = Value.unknown("aws_vpc.main.id is known only after apply");
        Value merged = call("merge", Map.of("Name", "web"), Map.of("VpcId", id));
        assertThat(merged.isKnown()).isTrue();
        assertThat(merged.get("Name")).isEqualTo(Value.of("web"));
        assertThat(merged.get("VpcId").isUnknown()).isTrue();
        assertThat(call("concat", List.of("a"), List.of(id)).items()).hasSize(2);
    }

    @Test
    void errorArgumentIsTheAnswer() {
        Value broken = Value.error("var.cidr: no such variable");
        assertThat(call("cidrsubnet", broken, 8, 1)).isEqualTo(broken);
        assertThat(call("jsonencode", List.of("a", broken))).isEqualTo(broken);
    }

    @Test
    void nullArgumentsAreRejectedUnlessTheFunctionTakesThem() {
        assertThat(error(call("upper", (Object) null))).isEqualTo("Invalid value for \"str\" parameter: argument must not be null.");
        assertThat(call("coalesce", null, "", "x")).isEqualTo(Value.of("x"));
        assertThat(call("jsonencode", (Object) null)).isEqualTo(Value.of("null"));
    }

    @Test
    void sensitiveArgumentsMakeTheResultSensitive() {
        Value password = Value.of("hunter2").markSensitive();
        assertThat(call("upper", password).isSensitive()).isTrue();
        assertThat(call("length", Value.list(List.of(password))).isSensitive()).isTrue();
        assertThat(call("nonsensitive", password).isSensitive()).isFalse();
        assertThat(call("issensitive", password)).isEqualTo(Value.of(true));
        assertThat(call("upper", "plain").isSensitive()).isFalse();
    }

    @Test
    void nothingEscapesAsAnException() {
        List<Object> odd = new ArrayList<>();
        odd.add(null);
        odd.add(List.of());
        odd.add(Map.of());
        odd.add("x");
        odd.add(-1);
        for (String name : Functions.names()) {
            for (Object arg : odd) {
                Value result = Calls.call(name, arg, arg, arg);
                assertThat(result).as(name).isNotNull();
            }
        }
    }

    @Test
    void nonDeterministicFunctionsAreUnknown() {
        assertThat(call("timestamp").unknownReasons()).containsExactly("timestamp() changes on every run");
        assertThat(call("uuid").isUnknown()).isTrue();
        assertThat(call("bcrypt", "secret").isUnknown()).isTrue();
    }
}
