package dev.opsmith.format.terraform.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceAddressTest {

    @Test
    void readsNestedModulesWithKeysAndAnIndexedResource() {
        ResourceAddress address = ResourceAddress.parse("module.net.module.sg[\"x\"].aws_security_group.this[0]");
        assertThat(address.modulePath()).containsExactly(new ModuleStep("net", Optional.empty()),
                new ModuleStep("sg", Optional.of(new InstanceKey.Name("x"))));
        assertThat(address.mode()).isEqualTo(ResourceAddress.Mode.MANAGED);
        assertThat(address.type()).isEqualTo("aws_security_group");
        assertThat(address.name()).isEqualTo("this");
        assertThat(address.key()).contains(new InstanceKey.Index(0));
        assertThat(address.moduleAddress()).isEqualTo("module.net.module.sg[\"x\"]");
        assertThat(address.configurationAddress()).isEqualTo("module.net.module.sg.aws_security_group.this");
        assertThat(address.inRootModule()).isFalse();
    }

    @Test
    void readsDataSourcesAndRootResources() {
        ResourceAddress data = ResourceAddress.parse("data.aws_iam_policy_document.trust");
        assertThat(data.mode()).isEqualTo(ResourceAddress.Mode.DATA);
        assertThat(data.inRootModule()).isTrue();
        assertThat(data.key()).isEmpty();
        assertThat(data.moduleAddress()).isEmpty();
        assertThat(ResourceAddress.parse("module.a[3].data.aws_caller_identity.current").modulePath())
                .containsExactly(new ModuleStep("a", Optional.of(new InstanceKey.Index(3))));
    }

    @Test
    void stringKeysMayHoldQuotesDotsAndBrackets() {
        ResourceAddress address = ResourceAddress.parse("aws_s3_bucket.b[\"logs.eu-west-1 \\\"a]\\\\\"]");
        assertThat(address.key()).contains(new InstanceKey.Name("logs.eu-west-1 \"a]\\"));
        assertThat(ResourceAddress.parse(address.toString())).isEqualTo(address);
        ResourceAddress multiline = new ResourceAddress(java.util.List.of(), ResourceAddress.Mode.MANAGED, "t", "n",
                Optional.of(new InstanceKey.Name("line one\nline\ttwo")));
        assertThat(multiline.toString()).isEqualTo("t.n[\"line one\\nline\\ttwo\"]");
        assertThat(ResourceAddress.parse(multiline.toString())).isEqualTo(multiline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"terraform_data.a", "module.tag.terraform_data.tag", "terraform_data.bucket[\"audit\"]",
            "module.x[\"k\"].module.y[2].data.t.n[10]", "aws-like_type.name-with-dash"})
    void printsWhatItReads(String text) {
        assertThat(ResourceAddress.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "aws_s3_bucket", "aws_s3_bucket.", "module.x", "module..a.b", "a.b[", "a.b[x]",
            "a.b[\"unterminated]", "a.b[-1]", "a.b[0] ", "a.b.c", "1a.b", "a.b[99999999999]"})
    void rejectsWhatIsNotAnAddressNamingWhere(String text) {
        assertThatThrownBy(() -> ResourceAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a resource address: ")
                .hasMessageContaining("at column ");
    }

    @Test
    void withoutKeyNamesTheResourceAcrossInstances() {
        assertThat(ResourceAddress.parse("module.m[\"a\"].t.n[1]").withoutKey().toString())
                .isEqualTo("module.m[\"a\"].t.n");
    }
}
