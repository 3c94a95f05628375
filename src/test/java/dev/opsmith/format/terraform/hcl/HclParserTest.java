package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies, attributes, blocks, labels and comments of the native syntax. */
class HclParserTest {

    private static ConfigFile parse(String text) throws HclParseException {
        return HclParser.parse(SourceFile.of("main.tf", text));
    }

    @Test
    void blocksWithQuotedAndBareLabels() throws Exception {
        ConfigFile file = parse("resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"x\"\n}\nlocals {\n}\n"
                + "provider aws {}\n");
        Block resource = file.body().blocks("resource").get(0);
        assertThat(resource.labels()).extracting(Label::value).containsExactly("aws_s3_bucket", "logs");
        assertThat(resource.labels().get(0).quoted()).isTrue();
        assertThat(resource.labels().get(0).span()).isEqualTo(Span.of(1, 10, 1, 25));
        assertThat(resource.labels().get(1).span()).isEqualTo(Span.of(1, 26, 1, 32));
        assertThat(resource.typeSpan()).isEqualTo(Span.of(1, 1, 1, 9));
        assertThat(resource.openBrace()).isEqualTo(Span.of(1, 33, 1, 34));
        assertThat(resource.closeBrace()).isEqualTo(Span.of(3, 1, 3, 2));
        assertThat(resource.span()).isEqualTo(Span.of(1, 1, 3, 2));
        Attribute bucket = resource.body().attribute("bucket").orElseThrow();
        assertThat(bucket.nameSpan()).isEqualTo(Span.of(2, 3, 2, 9));
        assertThat(bucket.span()).isEqualTo(Span.of(2, 3, 2, 15));
        assertThat(file.body().blocks("locals").get(0).body().items()).isEmpty();
        Label bare = file.body().blocks("provider").get(0).labels().get(0);
        assertThat(bare).isEqualTo(new Label("aws", false, Span.of(6, 10, 6, 13)));
    }

    @Test
    void labelsUnescapeButRejectInterpolation() throws Exception {
        assertThat(parse("a \"x\\\"y\" {\n}\n").body().blocks().get(0).label(0)).isEqualTo("x\"y");
        assertParseError("a \"${x}\" {\n}\n", "invalid block label", 1, 3);
    }

    @Test
    void oneLineBlocksHoldAtMostOneAttribute() throws Exception {
        ConfigFile file = parse("root_block_device { encrypted = true }\nebs {}\n");
        Block root = file.body().blocks().get(0);
        assertThat(root.body().attributes()).extracting(Attribute::name).containsExactly("encrypted");
        assertThat(root.closeBrace()).isEqualTo(Span.of(1, 38, 1, 39));
        assertThat(file.body().blocks().get(1).body().items()).isEmpty();
        assertParseError("a { b = 1\n}\n", "expected '}' after the attribute of the one-line block 'a'", 1, 10);
        assertParseError("a { b {} }\n", "expected '=' after 'b': a one-line block holds at most one attribute", 1, 7);
        assertParseError("a {\nb = 1 }\n", "expected a newline after the value of 'b', found '}'", 2, 7);
    }

    @Test
    void nestedDynamicBlocks() throws Exception {
        ConfigFile file = HclParser.parse(Corpus.file("s3_bucket.tf"));
        Block lifecycle = file.body().blocks("resource").stream()
                .filter(b -> "aws_s3_bucket_lifecycle_configuration".equals(b.label(0))).findFirst().orElseThrow();
        Block rule = lifecycle.body().blocks("dynamic").get(0);
        assertThat(rule.label(0)).isEqualTo("rule");
        Block content = rule.body().blocks("content").get(0);
        Block transition = content.body().blocks("dynamic").get(0);
        assertThat(transition.label(0)).isEqualTo("transition");
        assertThat(transition.body().attribute("iterator").orElseThrow().value())
                .isInstanceOf(Expression.Variable.class);
        assertThat(transition.typeSpan().line()).isEqualTo(61);
        assertThat(HclPrinter.print(rule.body().attribute("for_each").orElseThrow().value()))
                .isEqualTo("{for r in (. var lifecycle_rules) : (. r id) => r if (. r enabled)}");
    }

    @Test
    void attributesEndAtNewlinesAndMayEndTheFile() throws Exception {
        assertThat(parse("a = 1").body().attributes()).hasSize(1);
        assertThat(parse("").body().items()).isEmpty();
        assertThat(parse("\n\n# only a comment\n").body().items()).isEmpty();
        assertParseError("a = 1 b = 2\n", "expected a newline after the value of 'a', found identifier 'b'", 1, 7);
        assertParseError("a = b ?\n c : d\n", "expected an expression, found newline", 1, 8);
        assertParseError("a = b +\n c\n", "expected an expression, found newline", 1, 8);
    }

    @Test
    void redefiningAnAttributeIsAnError() {
        assertParseError("a = 1\na = 2\n", "attribute 'a' redefined: it is already set at 1:1", 2, 1);
    }

    @Test
    void errorsNameWhatWasExpectedAndFound() {
        assertParseError("terraform {\n}\n\nresource \"aws_s3_bucket\" \"b\"\n{\n}\n",
                "expected '=' or a block after the block labels of 'resource', found newline", 4, 29);
        assertParseError("resource\n", "expected '=' or a block after 'resource', found newline", 1, 9);
        assertParseError("= 1\n", "expected an attribute name or a block type, found '='", 1, 1);
        assertParseError("a {\n  b = 1\n", "expected '}' to close the block, found end of file", 3, 1);
        assertParseError("a = [1, 2\n", "expected ',' or ']' after a tuple element, found end of file", 2, 1);
        assertParseError("a = f(1 2)\n", "expected ',' or ')' after a function argument of f, found number 2", 1, 9);
        assertParseError("a = 1 /* open\n", "unterminated comment", 1, 7);
        assertParseError("a = x & y\n", "found invalid character '&'", 1, 7);
    }

    @Test
    void commentsAreKeptWithSpans() throws Exception {
        ConfigFile file = parse("# first\n// second\n/* third\n   still */\na = 1 # trailing\n");
        assertThat(file.comments()).extracting(Comment::style).containsExactly(Comment.Style.HASH,
                Comment.Style.SLASHES, Comment.Style.BLOCK, Comment.Style.HASH);
        assertThat(file.comments()).extracting(Comment::text)
                .containsExactly(" first", " second", " third\n   still ", " trailing");
        assertThat(file.comments().get(0).span()).isEqualTo(Span.of(1, 1, 1, 8));
        assertThat(file.comments().get(2).span()).isEqualTo(Span.of(3, 1, 4, 12));
    }

    @Test
    void commentsBeforeANodeAreTheContiguousOnesAboveIt() throws Exception {
        ConfigFile file = HclParser.parse(Corpus.file("s3_bucket.tf"));
        Block audit = file.body().blocks().get(0);
        assertThat(file.commentsBefore(audit.span())).extracting(Comment::text).containsExactly(
                " Audit bucket for the payments platform.",
                " opsmith:ignore=TF_S3_LOGGING access logs go to the central account");
        assertThat(file.commentsBefore(file.body().blocks().get(1).span())).isEmpty();

        ConfigFile gap = parse("# far away\n\n# close\nx = 1 # trailing\ny = 2\n");
        assertThat(gap.commentsBefore(gap.body().attributes().get(0).span())).extracting(Comment::text)
                .containsExactly(" close");
        assertThat(gap.commentsBefore(gap.body().attributes().get(1).span()))
                .as("a trailing comment belongs to its own line").isEmpty();
    }

    @Test
    void commentsWithinABlock() throws Exception {
        ConfigFile file = HclParser.parse(Corpus.file("network.tf"));
        Block sg = file.body().blocks("resource").get(0);
        assertThat(file.commentsWithin(sg.span())).extracting(Comment::text)
                .containsExactly(" tfsec:ignore:aws-ec2-no-public-egress-sgr");
    }

    @Test
    void crlfLineEndingsAndByteOrderMark() throws Exception {
        ConfigFile file = parse("\uFEFFa = 1\r\nb {\r\n  c = \"x\"\r\n}\r\n");
        assertThat(file.body().items()).hasSize(2);
        assertThat(file.body().blocks().get(0).body().attribute("c").orElseThrow().span())
                .isEqualTo(Span.of(3, 3, 3, 10));
        assertParseError("a = 1\rb = 2\n", "found invalid character '\\u000D'", 1, 6);
    }

    @Test
    void tfvarsAndTofuFilesUseTheSameSyntax() throws Exception {
        ConfigFile tfvars = HclParser.parse(Corpus.file("prod.tfvars"));
        assertThat(tfvars.body().blocks()).isEmpty();
        assertThat(tfvars.body().attributes()).extracting(Attribute::name).contains("environment", "lifecycle_rules");
        ConfigFile tofu = HclParser.parse(Corpus.file("main.tofu"));
        assertThat(tofu.body().blocks("terraform").get(0).body().blocks("encryption")).hasSize(1);
    }

    @Test
    void everyCorpusFileParses() throws Exception {
        for (String name : Corpus.FILES) {
            ConfigFile file = HclParser.parse(Corpus.file(name));
            assertThat(file.body().items()).as(name).isNotEmpty();
        }
    }

    @Test
    void printerRendersBlocksAndAttributes() throws Exception {
        assertThat(HclPrinter.print(parse("a \"b\" c {\n  x = [1, \"two\"]\n  d {\n    y = f(z)\n  }\n}\n").body()))
                .isEqualTo("a \"b\" c {\n  x = [1, \"two\"]\n  d {\n    y = (call f z)\n  }\n}\n");
    }

    private static void assertParseError(String source, String message, int line, int column) {
        try {
            parse(source);
        } catch (HclParseException e) {
            assertThat(e.reason()).contains(message);
            assertThat(e.span().line()).as("line of " + e.getMessage()).isEqualTo(line);
            assertThat(e.span().column()).as("column of " + e.getMessage()).isEqualTo(column);
            return;
        }
        throw new AssertionError("expected a parse error for " + source);
    }
}
