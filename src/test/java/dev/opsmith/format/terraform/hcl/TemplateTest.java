package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression.Template;
import dev.opsmith.format.terraform.hcl.TemplatePart.Interpolation;
import dev.opsmith.format.terraform.hcl.TemplatePart.Literal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quoted strings, heredocs and the template language inside them. Expected literal values were confirmed with
 * {@code terraform console} (Terraform 1.11) where the specification leaves room for doubt.
 */
class TemplateTest {
    private SourceFile file;

    private Template template(String attributeValue) throws HclParseException {
        file = SourceFile.of("t.tf", "v = " + attributeValue + "\n");
        return (Template) HclParser.parse(file).body().attribute("v").orElseThrow().value();
    }

    @Test
    void quotedStringWithInterpolationHasExactPartSpans() throws Exception {
        Template t = template("\"arn:${var.partition}:s3:::${var.bucket}/*\"");
        assertThat(t.kind()).isEqualTo(Template.Kind.QUOTED);
        assertThat(t.span()).isEqualTo(Span.of(1, 5, 1, 48));
        assertThat(t.parts()).hasSize(5);
        Literal first = (Literal) t.parts().get(0);
        assertThat(first.value()).isEqualTo("arn:");
        assertThat(first.span()).isEqualTo(Span.of(1, 6, 1, 10));
        Interpolation partition = (Interpolation) t.parts().get(1);
        assertThat(file.text(partition.span())).isEqualTo("${var.partition}");
        assertThat(file.text(partition.expression().span())).isEqualTo("var.partition");
        assertThat(t.literalValue()).isEmpty();
        assertThat(t.unwrapped()).isEmpty();
    }

    @Test
    void aLoneInterpolationUnwraps() throws Exception {
        Template t = template("\"${var.enabled}\"");
        assertThat(t.unwrapped()).get().extracting(e -> file.text(e.span())).isEqualTo("var.enabled");
        assertThat(template("\"x${var.enabled}\"").unwrapped()).isEmpty();
    }

    @Test
    void escapeSequencesAreDecoded() throws Exception {
        Template t = template("\"tab\\t nl\\n cr\\r q\\\" bs\\\\ \\u00e9 \\U0001F600\"");
        assertThat(t.literalValue()).contains("tab\t nl\n cr\r q\" bs\\ é \uD83D\uDE00");
    }

    @Test
    void doubledIntroducersAreLiteral() throws Exception {
        Template t = template("\"$${HOME} 100%%{x} $ % $x\"");
        assertThat(t.literalValue()).contains("${HOME} 100%{x} $ % $x");
    }

    @Test
    void invalidEscapesAreErrors() {
        assertThatThrownBy(() -> template("\"\\q\"")).isInstanceOf(HclParseException.class)
                .hasMessageContaining("invalid escape sequence").hasMessageEndingWith("at 1:6");
        assertThatThrownBy(() -> template("\"\\u00\"")).isInstanceOf(HclParseException.class)
                .hasMessageContaining("\\u needs 4 hexadecimal digits");
    }

    @Test
    void quotedStringsCannotSpanLines() {
        assertThatThrownBy(() -> template("\"abc\ndef\"")).isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("invalid multi-line string").hasMessageEndingWith("at 1:9");
    }

    @Test
    void newlinesInsideAnInterpolationAreWhitespace() throws Exception {
        Template t = template("\"${\n  var.a\n}\"");
        assertThat(t.span()).isEqualTo(Span.of(1, 5, 3, 3));
    }

    @Test
    void ifDirectiveWithElse() throws Exception {
        Template t = template("\"Hello, %{ if var.name != \"\" }${var.name}%{ else }stranger%{ endif }!\"");
        assertThat(t.parts()).hasSize(3);
        TemplatePart.If ifPart = (TemplatePart.If) t.parts().get(1);
        assertThat(file.text(ifPart.condition().span())).isEqualTo("var.name != \"\"");
        assertThat(ifPart.hasElse()).isTrue();
        assertThat(((Literal) ifPart.elseParts().get(0)).value()).isEqualTo("stranger");
        assertThat(file.text(ifPart.span())).isEqualTo(
                "%{ if var.name != \"\" }${var.name}%{ else }stranger%{ endif }");
    }

    @Test
    void forDirectiveWithKeyAndValue() throws Exception {
        Template t = template("\"%{ for i, s in var.list }${i}=${s};%{ endfor }\"");
        TemplatePart.For f = (TemplatePart.For) t.parts().get(0);
        assertThat(f.keyVariable()).isEqualTo("i");
        assertThat(f.valueVariable()).isEqualTo("s");
        assertThat(f.body()).hasSize(4);
        assertThat(HclPrinter.print(t)).isEqualTo("\"%{for i, s in (. var list)}${i}=${s};%{endfor}\"");
    }

    @Test
    void stripMarkersRemoveAdjacentWhitespaceAtSyntaxLevel() throws Exception {
        // terraform console: "a yesb"
        Template t = template("\"${\"a\"} %{ if true ~}  yes   %{~ endif } ${~ \"b\" }\"");
        assertThat(HclPrinter.print(t)).isEqualTo("\"${\"a\"} %{if true}yes%{endif}${\"b\"}\"");
        Interpolation b = (Interpolation) t.parts().get(t.parts().size() - 1);
        assertThat(b.stripBefore()).isTrue();
        assertThat(b.stripAfter()).isFalse();
        // values produced by interpolations are not stripped: only literal text is
        assertThat(HclPrinter.print(template("\"${\"hello\" ~}${\" world\"}\"")))
                .isEqualTo("\"${\"hello\"}${\" world\"}\"");
    }

    @Test
    void misplacedDirectivesAreErrors() {
        assertThatThrownBy(() -> template("\"%{else}\"")).isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("unexpected else directive");
        assertThatThrownBy(() -> template("\"%{ for a in c }y%{ endif }\"")).isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("unexpected endif directive: expected %{endfor}");
        assertThatThrownBy(() -> template("\"%{if x}y\"")).isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("unexpected end of template: expected %{else} or %{endif}");
        assertThatThrownBy(() -> template("\"${a ~ }\"")).isInstanceOf(HclParseException.class);
    }

    @Test
    void heredocKeepsIndentation() throws Exception {
        Template t = template("<<EOT\n  a\n  ${var.b}\n  EOT");
        assertThat(t.kind()).isEqualTo(Template.Kind.HEREDOC);
        assertThat(t.heredocMarker()).isEqualTo("EOT");
        assertThat(HclPrinter.print(t)).isEqualTo("\"  a\\n  ${(. var b)}\\n\"");
        assertThat(t.span()).isEqualTo(Span.of(1, 5, 4, 6));
    }

    @Test
    void indentedHeredocRemovesTheCommonIndentation() throws Exception {
        // terraform console: "a\n\n  b\n  \n xc\n"
        Template t = template("<<-EOT\n    a\n\n      b\n  \n     ${\"x\"}c\n    EOT");
        assertThat(t.kind()).isEqualTo(Template.Kind.INDENTED_HEREDOC);
        assertThat(HclPrinter.print(t)).isEqualTo("\"a\\n\\n  b\\n  \\n ${\"x\"}c\\n\"");
    }

    @Test
    void indentedHeredocCountsTabsAndLinesStartingWithInterpolation() throws Exception {
        // terraform console: "a\nb\n" and "  a\nq  b\n"
        assertThat(HclPrinter.print(template("<<-EOT\n\t  a\n  \tb\n  EOT"))).isEqualTo("\"a\\nb\\n\"");
        assertThat(HclPrinter.print(template("<<-EOT\n    a\n  ${\"q\"}  b\n    EOT")))
                .isEqualTo("\"  a\\n${\"q\"}  b\\n\"");
    }

    @Test
    void indentedHeredocWithDirectives() throws Exception {
        // terraform console: "    yum install a\n    yum install b\n    done\n" for pkgs = ["a", "b"]: the strip
        // markers leave the following lines without a line-leading literal, so they keep their indentation
        Template t = template("<<-EOT\n    %{ for p in var.pkgs ~}\n    yum install ${p}\n    %{ endfor ~}\n"
                + "    done\n  EOT");
        assertThat(HclPrinter.print(t)).isEqualTo(
                "\"%{for p in (. var pkgs)}    yum install ${p}\\n%{endfor}    done\\n\"");
    }

    @Test
    void heredocLinesAreSeparateLiteralsSoStripMarkersStayOnTheirLine() throws Exception {
        // terraform console: "a    b\n\n" and "a\nb\n"
        assertThat(HclPrinter.print(template("<<EOT\na %{ if true ~}\n   b\n%{ endif }\nEOT")))
                .isEqualTo("\"a %{if true}   b\\n%{endif}\\n\"");
        assertThat(HclPrinter.print(template("<<EOT\na\n  %{~ if true }b%{ endif }\nEOT")))
                .isEqualTo("\"a\\n%{if true}b%{endif}\\n\"");
        Template lines = template("<<EOT\none\ntwo\nEOT");
        assertThat(lines.parts()).hasSize(2);
        assertThat(lines.parts().get(1).span()).isEqualTo(Span.of(3, 1, 4, 1));
    }

    @Test
    void indentedHeredocLeavesBlankLinesAlone() throws Exception {
        // terraform console: "  a\nq\n      \n"
        assertThat(HclPrinter.print(template("<<-EOT\n      a\n    ${\"q\"}\n      \n    EOT")))
                .isEqualTo("\"  a\\n${\"q\"}\\n      \\n\"");
    }

    @Test
    void heredocNeedsItsClosingMarkerOnALineFollowedByNewline() {
        assertThatThrownBy(() -> HclParser.parse(SourceFile.of("t.tf", "v = <<EOF\nx\nEOF")))
                .isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("unterminated template: expected a line with only 'EOF'");
        assertThatThrownBy(() -> HclParser.parse(SourceFile.of("t.tf", "v = <<EOF x\nEOF\n")))
                .isInstanceOf(HclParseException.class)
                .hasMessageStartingWith("expected an expression, found '<'");
    }

    @Test
    void heredocFollowedByMoreAttributes() throws Exception {
        file = SourceFile.of("t.tf", "a = <<EOF\nx\nEOF\nb = 1\n");
        Body body = HclParser.parse(file).body();
        assertThat(body.attributes()).extracting(Attribute::name).containsExactly("a", "b");
        assertThat(file.text(body.attributes().get(0).value().span())).isEqualTo("<<EOF\nx\nEOF");
    }
}
