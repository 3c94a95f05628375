package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static dev.opsmith.format.terraform.eval.functions.Calls.value;
import static org.assertj.core.api.Assertions.assertThat;

class EncodingFunctionsTest {

    @Test
    void jsonencodeOfAnIamPolicyMatchesTerraformByteForByte() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", List.of("s3:GetObject"));
        statement.put("Resource", "arn:aws:s3:::logs/*");
        statement.put("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "true")));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", List.of(statement));
        assertThat(call("jsonencode", policy)).isEqualTo(Value.of("{\"Statement\":[{\"Action\":[\"s3:GetObject\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}},\"Effect\":\"Allow\","
                + "\"Resource\":\"arn:aws:s3:::logs/*\"}],\"Version\":\"2012-10-17\"}"));
    }

    @Test
    void jsonencodeEscapesAsGoDoes() {
        assertThat(call("jsonencode", "<a & b>\u2028\n")).isEqualTo(Value.of("\"\\u003ca \\u0026 b\\u003e\\u2028\\n\""));
        assertThat(call("jsonencode", List.of(1.5, 100, true))).isEqualTo(Value.of("[1.5,100,true]"));
    }

    @Test
    void jsondecodeReadsAndReportsWhereItFailed() {
        Value decoded = call("jsondecode", "{\"a\": [1, null, \"x\"], \"b\": {\"c\": true}}");
        assertThat(decoded.path("a", 1).isNull()).isTrue();
        assertThat(decoded.path("b", "c")).isEqualTo(Value.of(true));
        assertThat(error(call("jsondecode", "{\n  \"a\": }"))).contains("line 2");
    }

    @Test
    void yamlRoundTripsInTerraformsStyle() {
        assertThat(call("yamlencode", Map.of("foo", List.of(1, Map.of("a", "b")))))
                .isEqualTo(Value.of("\"foo\":\n- 1\n- \"a\": \"b\"\n"));
        assertThat(call("yamlencode", Map.of("script", "#!/bin/sh\necho hi\n"))).isEqualTo(Value.of("\"script\": |\n  #!/bin/sh\n  echo hi\n"));
        assertThat(call("yamlencode", 5)).isEqualTo(Value.of("5\n...\n"));
        Value decoded = call("yamldecode", "enabled: yes\nport: 017\nname: 'on'\nwhen: 2024-01-02\n");
        assertThat(decoded.get("enabled")).isEqualTo(Value.of(true));
        assertThat(decoded.get("port")).isEqualTo(Value.of(17));
        assertThat(decoded.get("name")).isEqualTo(Value.of("on"));
        assertThat(decoded.get("when")).isEqualTo(Value.of("2024-01-02T00:00:00Z"));
        assertThat(error(call("yamldecode", "a: [1, 2\n"))).contains("yamldecode");
    }

    @Test
    void base64UrlAndCsv() {
        assertThat(call("base64encode", "é")).isEqualTo(Value.of("w6k="));
        assertThat(call("base64decode", "SGVsbG8=")).isEqualTo(Value.of("Hello"));
        assertThat(error(call("base64decode", "/w=="))).contains("not valid UTF-8");
        assertThat(call("urlencode", "a b&c/é")).isEqualTo(Value.of("a+b%26c%2F%C3%A9"));
        assertThat(call("csvdecode", "name,cidr\n\"web, public\",10.0.0.0/24\n"))
                .isEqualTo(value(List.of(Map.of("cidr", "10.0.0.0/24", "name", "web, public"))));
        assertThat(error(call("csvdecode", "a,b\n1\n"))).contains("wrong number of fields");
    }

    @Test
    void hashesAndUuidv5() {
        assertThat(call("sha256", "hello world")).isEqualTo(Value.of("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"));
        assertThat(call("md5", "hello world")).isEqualTo(Value.of("5eb63bbbe01eeed093cb22bb8f5acdc3"));
        assertThat(call("uuidv5", "dns", "www.terraform.io")).isEqualTo(Value.of("a5008fae-b28c-5ba5-96cd-82b4c53552d6"));
    }
}
